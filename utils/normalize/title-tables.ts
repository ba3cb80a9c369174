/**
 * Data for the title normaliser: role families with their US SOC 2018 codes, the rules that
 * recognise them, specialisations, level markers and company-specific ladders.
 *
 * Patterns use the small language of title-patterns.ts over canonical text (title-text.ts has
 * already folded, translated and expanded abbreviations: "Sr." → "senior", "SDE" → "software
 * development engineer", "Entwickler" → "developer", "Vice President" → "vp"):
 *   'software * engineer'  gap of up to two words;  '(a|b c)' alternatives;  'x?' optional;
 *   '[manager]' matched but left for the level reader;  '$' end of the segment.
 *
 * SOC codes were chosen from the occupation's SOC 2018 definition and checked against the H-1B
 * LCA title → SOC filings (../shared/data/lca-employer-title-soc-map) and O*NET alternate titles:
 * e.g. "Machine Learning Engineer", "DevOps Engineer" and "Site Reliability Engineer" are filed
 * mostly as 15-1252; "Technical Program Manager" as 15-1299 (O*NET 15-1299.09 IT project managers);
 * "Solutions Engineer" / "Sales Engineer" as 41-9031. Every code has OFLC prevailing-wage rows.
 */
import type { Level } from '../schemas';

// ---------------------------------------------------------------------------------------------
// Families
// ---------------------------------------------------------------------------------------------

/**
 * kind: 'ic' (individual contributor), 'manager' (the family is a management occupation: its base
 * level is `manager`), 'exec'.
 * group: 'tech' (software and engineering ladders: staff/principal/L5/E5 apply), 'office', 'care'
 * (clinical: "head nurse" is a manager), 'frontline' (hourly work: lead/head/supervisor = senior
 * or first-line manager).
 * manager: the family a managerial level moves the title to ("Data Engineering Manager" →
 * Engineering Manager); absent = stays.
 */
export interface FamilyDef {
  readonly family: string;
  readonly soc: string;
  readonly kind: 'ic' | 'manager' | 'exec';
  readonly group: 'tech' | 'office' | 'care' | 'frontline';
  readonly manager?: string;
  /** For a manager family: the individual-contributor family its function words name, used when
   * the level turns out to be an IC level (bank "VP, Software Engineering" = senior engineer). */
  readonly ic?: string;
}

const EM = 'Engineering Manager';
const AEM = 'Architecture & Engineering Manager';

export const FAMILY_DEFS: readonly FamilyDef[] = [
  // --- software and data (the family names of ../shared/cases/README.md)
  { family: 'Software Engineer', soc: '15-1252', kind: 'ic', group: 'tech', manager: EM },
  { family: 'Machine Learning Engineer', soc: '15-1252', kind: 'ic', group: 'tech', manager: EM },
  { family: 'Data Scientist', soc: '15-2051', kind: 'ic', group: 'tech' },
  { family: 'Data Engineer', soc: '15-1243', kind: 'ic', group: 'tech', manager: EM },
  { family: 'SRE/DevOps Engineer', soc: '15-1252', kind: 'ic', group: 'tech', manager: EM },
  { family: 'QA/SDET Engineer', soc: '15-1253', kind: 'ic', group: 'tech', manager: EM },
  { family: 'Security Engineer', soc: '15-1212', kind: 'ic', group: 'tech', manager: EM },
  { family: 'Engineering Manager', soc: '11-3021', kind: 'manager', group: 'tech', ic: 'Software Engineer' },
  { family: 'Product Manager', soc: '11-2021', kind: 'ic', group: 'tech' },
  { family: 'Technical Program Manager', soc: '15-1299', kind: 'ic', group: 'tech' },
  { family: 'Product Designer', soc: '15-1255', kind: 'ic', group: 'tech' },
  { family: 'Research Scientist', soc: '15-1221', kind: 'ic', group: 'tech' },
  { family: 'Executive', soc: '11-1011', kind: 'exec', group: 'office' },
  // --- more technology
  { family: 'Data Analyst', soc: '15-2051', kind: 'ic', group: 'tech' },
  { family: 'Solutions/Sales Engineer', soc: '41-9031', kind: 'ic', group: 'tech' },
  { family: 'Solutions Architect', soc: '15-1299', kind: 'ic', group: 'tech', manager: EM },
  { family: 'Systems Engineer', soc: '15-1299', kind: 'ic', group: 'tech', manager: 'IT Manager' },
  { family: 'Systems Analyst', soc: '15-1211', kind: 'ic', group: 'tech', manager: 'IT Manager' },
  { family: 'Network Engineer', soc: '15-1241', kind: 'ic', group: 'tech', manager: 'IT Manager' },
  { family: 'Systems Administrator', soc: '15-1244', kind: 'ic', group: 'tech', manager: 'IT Manager' },
  { family: 'Database Administrator', soc: '15-1242', kind: 'ic', group: 'tech', manager: 'IT Manager' },
  { family: 'IT Support Specialist', soc: '15-1232', kind: 'ic', group: 'tech', manager: 'IT Manager' },
  { family: 'IT Manager', soc: '11-3021', kind: 'manager', group: 'tech', ic: 'Systems Engineer' },
  { family: 'Technical Writer', soc: '27-3042', kind: 'ic', group: 'tech' },
  { family: 'Hardware Engineer', soc: '17-2061', kind: 'ic', group: 'tech', manager: AEM },
  // --- engineering disciplines
  { family: 'Electrical Engineer', soc: '17-2071', kind: 'ic', group: 'tech', manager: AEM },
  { family: 'Mechanical Engineer', soc: '17-2141', kind: 'ic', group: 'tech', manager: AEM },
  { family: 'Civil Engineer', soc: '17-2051', kind: 'ic', group: 'tech', manager: AEM },
  { family: 'Chemical Engineer', soc: '17-2041', kind: 'ic', group: 'tech', manager: AEM },
  { family: 'Industrial Engineer', soc: '17-2112', kind: 'ic', group: 'tech', manager: AEM },
  { family: 'Aerospace Engineer', soc: '17-2011', kind: 'ic', group: 'tech', manager: AEM },
  { family: 'Biomedical Engineer', soc: '17-2031', kind: 'ic', group: 'tech', manager: AEM },
  { family: 'Environmental Engineer', soc: '17-2081', kind: 'ic', group: 'tech', manager: AEM },
  { family: AEM, soc: '11-9041', kind: 'manager', group: 'tech' },
  { family: 'Architect', soc: '17-1011', kind: 'ic', group: 'office' },
  // --- science
  { family: 'Life Scientist', soc: '19-1042', kind: 'ic', group: 'tech' },
  { family: 'Economist', soc: '19-3011', kind: 'ic', group: 'office' },
  { family: 'Actuary', soc: '15-2011', kind: 'ic', group: 'office' },
  { family: 'Chemist', soc: '19-2031', kind: 'ic', group: 'tech' },
  // --- business, sales, marketing
  { family: 'Project Manager', soc: '13-1082', kind: 'ic', group: 'office' },
  { family: 'Program Manager', soc: '11-9199', kind: 'ic', group: 'office' },
  { family: 'Business Analyst', soc: '13-1111', kind: 'ic', group: 'office' },
  { family: 'Consultant', soc: '13-1111', kind: 'ic', group: 'office' },
  { family: 'Sales Representative', soc: '41-4012', kind: 'ic', group: 'office', manager: 'Sales Manager' },
  { family: 'Account Executive', soc: '41-3091', kind: 'ic', group: 'office', manager: 'Sales Manager' },
  { family: 'Account Manager', soc: '41-3091', kind: 'ic', group: 'office' },
  { family: 'Sales Manager', soc: '11-2022', kind: 'manager', group: 'office', ic: 'Sales Representative' },
  { family: 'Customer Support Representative', soc: '43-4051', kind: 'ic', group: 'frontline' },
  { family: 'Marketing Manager', soc: '11-2021', kind: 'manager', group: 'office', ic: 'Marketing Specialist' },
  { family: 'Marketing Specialist', soc: '13-1161', kind: 'ic', group: 'office', manager: 'Marketing Manager' },
  { family: 'Communications Specialist', soc: '27-3031', kind: 'ic', group: 'office', manager: 'Marketing Manager' },
  { family: 'Content Writer', soc: '27-3043', kind: 'ic', group: 'office' },
  { family: 'Graphic Designer', soc: '27-1024', kind: 'ic', group: 'office' },
  { family: 'Interior Designer', soc: '27-1025', kind: 'ic', group: 'office' },
  { family: 'Industrial Designer', soc: '27-1021', kind: 'ic', group: 'office' },
  { family: 'Translator', soc: '27-3091', kind: 'ic', group: 'office' },
  // --- finance, legal, HR, operations, administration
  { family: 'Accountant', soc: '13-2011', kind: 'ic', group: 'office', manager: 'Finance Manager' },
  { family: 'Bookkeeper', soc: '43-3031', kind: 'ic', group: 'office', manager: 'Finance Manager' },
  { family: 'Financial Analyst', soc: '13-2051', kind: 'ic', group: 'office', manager: 'Finance Manager' },
  { family: 'Quantitative Analyst', soc: '13-2099', kind: 'ic', group: 'tech' },
  { family: 'Finance Manager', soc: '11-3031', kind: 'manager', group: 'office', ic: 'Financial Analyst' },
  { family: 'Financial Advisor', soc: '13-2052', kind: 'ic', group: 'office' },
  { family: 'Insurance Agent', soc: '41-3021', kind: 'ic', group: 'office' },
  { family: 'Loan Officer', soc: '13-2072', kind: 'ic', group: 'office' },
  { family: 'Compliance Officer', soc: '13-1041', kind: 'ic', group: 'office' },
  { family: 'Procurement Specialist', soc: '13-1023', kind: 'ic', group: 'office', manager: 'Operations Manager' },
  { family: 'Supply Chain Specialist', soc: '13-1081', kind: 'ic', group: 'office', manager: 'Operations Manager' },
  { family: 'Recruiter', soc: '13-1071', kind: 'ic', group: 'office', manager: 'HR Manager' },
  { family: 'HR Specialist', soc: '13-1071', kind: 'ic', group: 'office', manager: 'HR Manager' },
  { family: 'HR Manager', soc: '11-3121', kind: 'manager', group: 'office', ic: 'HR Specialist' },
  { family: 'Operations Specialist', soc: '13-1199', kind: 'ic', group: 'office', manager: 'Operations Manager' },
  { family: 'Customer Success Manager', soc: '13-1199', kind: 'ic', group: 'office' },
  { family: 'Operations Manager', soc: '11-1021', kind: 'manager', group: 'office', ic: 'Operations Specialist' },
  { family: 'Administrative Assistant', soc: '43-6014', kind: 'ic', group: 'office', manager: 'Office Manager' },
  { family: 'Executive Assistant', soc: '43-6011', kind: 'ic', group: 'office' },
  { family: 'Receptionist', soc: '43-4171', kind: 'ic', group: 'frontline', manager: 'Office Manager' },
  { family: 'Office Manager', soc: '43-1011', kind: 'manager', group: 'office' },
  { family: 'Data Entry Clerk', soc: '43-9021', kind: 'ic', group: 'frontline' },
  { family: 'Lawyer', soc: '23-1011', kind: 'ic', group: 'office' },
  { family: 'Paralegal', soc: '23-2011', kind: 'ic', group: 'office' },
  { family: 'Real Estate Agent', soc: '41-9022', kind: 'ic', group: 'office' },
  { family: 'Property Manager', soc: '11-9141', kind: 'manager', group: 'office' },
  // --- health care
  { family: 'Registered Nurse', soc: '29-1141', kind: 'ic', group: 'care', manager: 'Healthcare Administrator' },
  { family: 'Licensed Practical Nurse', soc: '29-2061', kind: 'ic', group: 'care' },
  { family: 'Nurse Practitioner', soc: '29-1171', kind: 'ic', group: 'care' },
  { family: 'Physician Assistant', soc: '29-1071', kind: 'ic', group: 'care' },
  { family: 'Nursing Assistant', soc: '31-1131', kind: 'ic', group: 'frontline' },
  { family: 'Caregiver', soc: '31-1122', kind: 'ic', group: 'frontline' },
  { family: 'Medical Assistant', soc: '31-9092', kind: 'ic', group: 'frontline' },
  { family: 'Physician', soc: '29-1229', kind: 'ic', group: 'care' },
  { family: 'Pharmacist', soc: '29-1051', kind: 'ic', group: 'care' },
  { family: 'Pharmacy Technician', soc: '29-2052', kind: 'ic', group: 'frontline' },
  { family: 'Physical Therapist', soc: '29-1123', kind: 'ic', group: 'care' },
  { family: 'Occupational Therapist', soc: '29-1122', kind: 'ic', group: 'care' },
  { family: 'Speech-Language Pathologist', soc: '29-1127', kind: 'ic', group: 'care' },
  { family: 'Dentist', soc: '29-1021', kind: 'ic', group: 'care' },
  { family: 'Veterinarian', soc: '29-1131', kind: 'ic', group: 'care' },
  { family: 'Medical Laboratory Scientist', soc: '29-2011', kind: 'ic', group: 'care' },
  { family: 'Psychologist', soc: '19-3033', kind: 'ic', group: 'care' },
  { family: 'Social Worker', soc: '21-1021', kind: 'ic', group: 'care' },
  { family: 'Healthcare Administrator', soc: '11-9111', kind: 'manager', group: 'office' },
  // --- education
  { family: 'Teacher', soc: '25-2021', kind: 'ic', group: 'care', manager: 'Education Administrator' },
  { family: 'Teaching Assistant', soc: '25-9042', kind: 'ic', group: 'frontline' },
  { family: 'Professor', soc: '25-1199', kind: 'ic', group: 'office' },
  { family: 'Education Administrator', soc: '11-9032', kind: 'manager', group: 'office' },
  { family: 'Childcare Worker', soc: '39-9011', kind: 'ic', group: 'frontline' },
  // --- transport, warehouse, retail, food, trades
  { family: 'Truck Driver', soc: '53-3032', kind: 'ic', group: 'frontline', manager: 'Operations Manager' },
  { family: 'Delivery Driver', soc: '53-3033', kind: 'ic', group: 'frontline', manager: 'Operations Manager' },
  { family: 'Bus Driver', soc: '53-3052', kind: 'ic', group: 'frontline' },
  { family: 'Forklift Operator', soc: '53-7051', kind: 'ic', group: 'frontline', manager: 'Operations Manager' },
  { family: 'Warehouse Associate', soc: '53-7062', kind: 'ic', group: 'frontline', manager: 'Operations Manager' },
  { family: 'Production Worker', soc: '51-2092', kind: 'ic', group: 'frontline', manager: 'Operations Manager' },
  { family: 'Machinist', soc: '51-4041', kind: 'ic', group: 'frontline' },
  { family: 'Retail Sales Associate', soc: '41-2031', kind: 'ic', group: 'frontline', manager: 'Store Manager' },
  { family: 'Cashier', soc: '41-2011', kind: 'ic', group: 'frontline', manager: 'Store Manager' },
  { family: 'Store Manager', soc: '41-1011', kind: 'manager', group: 'frontline' },
  { family: 'Food Service Worker', soc: '35-3023', kind: 'ic', group: 'frontline', manager: 'Restaurant Manager' },
  { family: 'Cook', soc: '35-2014', kind: 'ic', group: 'frontline', manager: 'Chef' },
  { family: 'Chef', soc: '35-1011', kind: 'ic', group: 'frontline', manager: 'Restaurant Manager' },
  { family: 'Server', soc: '35-3031', kind: 'ic', group: 'frontline', manager: 'Restaurant Manager' },
  { family: 'Bartender', soc: '35-3011', kind: 'ic', group: 'frontline', manager: 'Restaurant Manager' },
  { family: 'Restaurant Manager', soc: '11-9051', kind: 'manager', group: 'frontline' },
  { family: 'Cleaner', soc: '37-2011', kind: 'ic', group: 'frontline' },
  { family: 'Security Guard', soc: '33-9032', kind: 'ic', group: 'frontline' },
  { family: 'Electrician', soc: '47-2111', kind: 'ic', group: 'frontline' },
  { family: 'Plumber', soc: '47-2152', kind: 'ic', group: 'frontline' },
  { family: 'Carpenter', soc: '47-2031', kind: 'ic', group: 'frontline' },
  { family: 'Welder', soc: '51-4121', kind: 'ic', group: 'frontline' },
  { family: 'Automotive Technician', soc: '49-3023', kind: 'ic', group: 'frontline' },
  { family: 'Maintenance Technician', soc: '49-9071', kind: 'ic', group: 'frontline', manager: 'Operations Manager' },
  { family: 'HVAC Technician', soc: '49-9021', kind: 'ic', group: 'frontline' },
  { family: 'Construction Laborer', soc: '47-2061', kind: 'ic', group: 'frontline' },
  { family: 'Construction Manager', soc: '11-9021', kind: 'manager', group: 'office' },
  { family: 'Cost Estimator', soc: '13-1051', kind: 'ic', group: 'office' },
];

/**
 * SOC codes (SOC 2018 and the SOC 2010 codes still found in H-1B/LCA rows) that are no family's own
 * code → family, for data whose rows carry a SOC code. A family's own code always maps to the first
 * family listed with it in FAMILY_DEFS (the family whose statistic cells the dataset keeps).
 */
export const EXTRA_SOC_FAMILIES: Readonly<Record<string, string>> = {
  '15-1251': 'Software Engineer', // Computer Programmers
  '15-1254': 'Software Engineer', // Web Developers
  '15-1256': 'Software Engineer', // OEWS aggregate: developers + QA
  '15-1131': 'Software Engineer', // SOC 2010 Computer Programmers
  '15-1132': 'Software Engineer', // SOC 2010 Software Developers, Applications
  '15-1133': 'Software Engineer', // SOC 2010 Software Developers, Systems Software
  '15-1134': 'Software Engineer', // SOC 2010 Web Developers
  '15-1111': 'Research Scientist', // SOC 2010 Computer and Information Research Scientists
  '15-1121': 'Systems Analyst', // SOC 2010
  '15-1122': 'Security Engineer', // SOC 2010 Information Security Analysts
  '15-1141': 'Database Administrator', // SOC 2010
  '15-1142': 'Systems Administrator', // SOC 2010
  '15-1143': 'Network Engineer', // SOC 2010
  '15-1151': 'IT Support Specialist', // SOC 2010
  '15-1152': 'Network Engineer', // SOC 2010 Network Support
  '15-1199': 'Systems Engineer', // SOC 2010 Computer Occupations, All Other
  '15-1231': 'IT Support Specialist', // Computer Network Support Specialists
  '15-2041': 'Data Scientist', // Statisticians
  '15-2031': 'Data Scientist', // Operations Research Analysts
  '17-2072': 'Electrical Engineer', // Electronics Engineers
  '17-2199': 'Industrial Engineer',
  '11-3031': 'Finance Manager',
  '13-2041': 'Financial Analyst', // Credit Analysts
  '43-3051': 'Bookkeeper', // Payroll Clerks
  '29-1069': 'Physician', // SOC 2010 Physicians and Surgeons, All Other
  '29-1228': 'Physician',
  '29-1151': 'Registered Nurse', // Nurse Anesthetists
  '31-1121': 'Caregiver', // Home Health Aides
  '31-9091': 'Medical Assistant', // Dental Assistants
  '25-2011': 'Teacher',
  '25-2012': 'Teacher',
  '25-2022': 'Teacher',
  '25-2031': 'Teacher',
  '25-3031': 'Teacher',
  '25-3041': 'Teacher',
  '25-9044': 'Teaching Assistant',
  '25-1011': 'Professor',
  '11-9033': 'Education Administrator',
  '53-7065': 'Warehouse Associate',
  '53-3031': 'Delivery Driver',
  '35-2021': 'Food Service Worker',
  '35-9021': 'Food Service Worker',
  '37-2012': 'Cleaner',
  '41-9041': 'Sales Representative',
  '43-4081': 'Receptionist',
  '49-3031': 'Automotive Technician',
  '51-9199': 'Production Worker',
  '19-1021': 'Life Scientist',
  '19-1022': 'Life Scientist',
  '19-1029': 'Life Scientist',
};

/** SOC prefixes (major/minor groups) → family, for detailed codes not listed above. */
export const SOC_PREFIX_FAMILIES: readonly [string, string][] = [
  ['29-121', 'Physician'],
  ['29-122', 'Physician'],
  ['29-124', 'Physician'],
  ['25-20', 'Teacher'],
  ['25-1', 'Professor'],
];

// ---------------------------------------------------------------------------------------------
// Family rules
// ---------------------------------------------------------------------------------------------

/**
 * One rule: the family, its patterns (any may match), and optionally
 * - weak: a bare word ("engineer", "analyst") — used only when no segment gives a better match;
 * - level: the level the title implies when it has no other marker ("tech lead" → senior);
 * - companies: only for these company ids (company-specific vocabulary, e.g. Infosys "Systems Engineer").
 * Rules are tried in table order: specific before general.
 */
export interface FamilyRule {
  readonly family: string;
  readonly patterns: readonly string[];
  readonly weak?: boolean;
  readonly level?: Level;
  readonly companies?: readonly string[];
}

/** Indian IT services and GCC employers whose grade titles name software engineers. */
export const IT_SERVICES = [
  'tcs', 'infosys', 'wipro', 'hcltech', 'tech-mahindra', 'cognizant', 'accenture', 'capgemini', 'ltimindtree',
  'mphasis', 'hexaware', 'persistent', 'coforge', 'ibm',
] as const;

const MGR = '[(manager|director|head|vp|svp|evp|avp|supervisor)]';
const TOP = '[(director|head|vp|svp|evp|avp)]';
const ENG_FUNCTION =
  '(software|engineering|software engineering|software development|development|dev|technology|tech|r and d|platform|infrastructure|back end|front end|mobile|web|application|applications|apps|devops|cloud)';

export const FAMILY_RULES: readonly FamilyRule[] = [
  // ---- company-specific vocabulary first
  {
    family: 'Software Engineer',
    companies: IT_SERVICES,
    patterns: [
      '(system|systems) engineer', 'assistant (system|systems) engineer', 'it analyst', 'programmer analyst',
      'project engineer', 'technology (analyst|lead|architect)', '(specialist|power) programmer',
      'digital specialist engineer', '^ associate $', '^ senior associate $',
      'associate software engineer', 'application development (associate|analyst|senior analyst|team lead)',
      'module lead', 'lead engineer',
    ],
  },
  { family: 'Software Engineer', companies: ['tcs'], patterns: ['^ (assistant|associate|senior)? consultant $'] },
  { family: 'SRE/DevOps Engineer', companies: ['meta'], patterns: ['production engineer'] },

  // ---- early: phrases whose words later, broader rules would take
  {
    family: 'Sales Representative',
    patterns: ['business development {manager}', 'business development (executive|representative|associate|specialist|officer|rep|consultant|lead|intern|trainee|analyst|coordinator)', 'business {developer}', 'real estate {developer}'],
  },
  { family: 'Sales Manager', patterns: ['business development ' + TOP] },
  { family: 'HR Manager', patterns: ['(learning and development|l and d|organizational development|organisational development|talent development|leadership development|od) * ' + MGR] },
  { family: 'HR Specialist', patterns: ['(learning and development|l and d|organizational development|organisational development|talent development|leadership development|training and development) (specialist|partner|consultant|coordinator|associate|analyst|intern|trainee|lead|designer|facilitator|advisor|executive|officer)', '(learning and development|l and d|training and development) $'] },
  { family: 'Operations Specialist', patterns: ['(sales|revenue|marketing|business|customer|commercial|gtm) operations', '(revops|bizops|salesops)'] },
  { family: 'Industrial Engineer', patterns: ['(supplier|manufacturing|process|plant|incoming|production) quality (engineer|engineering)'] },
  { family: 'Industrial Designer', patterns: ['industrial (designer|design) $'] },
  { family: 'IT Support Specialist', patterns: ['data (center|centre) (technician|operations|engineer|specialist|associate|operator)'] },
  { family: 'Research Scientist', patterns: ['research (assistant|intern) $'], level: 'entry' },
  {
    family: 'Data Analyst',
    patterns: ['(data governance|data quality|data management|data strategy|data visualization|data visualisation|data integrity|master data|mdm|data stewardship|data catalog|data literacy|reference data|data protection officer) (analyst|specialist|lead|manager|consultant|associate|professional|strategist|coordinator|officer|steward|expert)?'],
  },
  { family: 'Data Engineer', patterns: ['data (quality|operations|ops|governance|management) (engineer|developer)'] },
  {
    family: 'Data Scientist',
    patterns: ['(data|data and analytics|data and ai|data science and analytics|analytics and data) ' + MGR + ' $', TOP + ' * (data|data and analytics|data and ai|analytics) $', 'data [(lead|leader)] $', 'data team [(lead|leader)]', '(data|analytics) [(director|head)]'],
  },
  { family: 'Machine Learning Engineer', patterns: ['(machine learning|ml|ai|artificial intelligence|deep learning|genai|generative ai|ai / ml|ml / ai) ' + MGR, '(ai|machine learning|ml|genai|generative ai) (specialist|expert|consultant|developer) $', '(ai|machine learning|ml) [(lead|leader)] $'] },

  { family: 'Professor', patterns: ['assistant professor'], level: 'mid' },
  { family: 'Professor', patterns: ['associate professor'], level: 'senior' },
  { family: 'Professor', patterns: ['(full|chair|endowed|distinguished|emeritus)? professor'], level: 'staff' },
  { family: 'Professor', patterns: ['(senior|principal|university|college|associate|guest)? lecturer', 'faculty', 'adjunct (professor|faculty|instructor|lecturer)?', '(postsecondary|college|university) (instructor|teacher|educator)', 'reader', 'academic'] },

  // ---- executives (C-suite, founders)
  {
    family: 'Executive',
    patterns: [
      '(ceo|cto|cfo|coo|cio|ciso|cpo|cmo|cro|chro|cdo|cso|cao|cco|cxo|cbo|cko|cpto)', 'chief * (officer|executive)',
      'chief executive', 'chief (technology|technical|product|operating|financial|information|marketing|revenue|people|data|digital|business|commercial|growth|strategy|legal|medical|nursing|scientific|security|ai)',
      '(co founder|cofounder|founder)', 'president', 'managing director', 'executive director', 'country (head|manager|director)',
      'managing partner',
    ],
  },
  { family: 'Operations Manager', patterns: ['chiefofstaff'], level: 'director' },

  // ---- security before guards and before software
  {
    family: 'Security Engineer',
    patterns: [
      '(information|cyber|it|data|cloud|application|network|product|infrastructure|offensive|endpoint|ot|operational technology) security',
      '(cybersecurity|infosec|appsec|secops|devsecops|dev sec ops|isso|issm)', '(cyber|information systems|systems) security', 'cyber (engineer|analyst|specialist|operator|architect|consultant|intelligence)', 'reverse (engineer|engineering)', 'security (engineer|engineering|analyst|architect|researcher|consultant|specialist|operations|administrator|tester|auditor)',
      '(penetration|pen) (tester|testing)', 'pentester', 'ethical hacker', 'red team', 'blue team', 'soc (analyst|engineer|lead)',
      'threat (intelligence|hunter|analyst|detection)', 'detection (engineer|engineering)', 'incident (responder|response analyst)',
      'vulnerability (analyst|engineer|management)', '(iam|identity and access|identity) (engineer|analyst|specialist|architect)',
      'malware (analyst|researcher)', '(forensic|forensics) (analyst|examiner)',
    ],
  },
  {
    family: 'Security Guard',
    patterns: [
      'security (guard|officer|supervisor|patrol|agent|personnel|staff|associate|professional)', '(armed|unarmed|event|site|static|mobile) (guard|security)',
      'guard', 'watchman', 'loss prevention (officer|associate|agent|specialist|detective)', 'door supervisor', 'bouncer', 'security $',
    ],
  },

  // ---- software specialisms before software engineer
  {
    family: 'QA/SDET Engineer',
    patterns: [
      'sdet', '(qa|quality assurance|test|testing|automation test|test automation|software test|software testing|manual test|manual testing|performance test|performance testing|qa automation|automation qa|selenium|mobile test|api test|game test) (engineer|engineering|analyst|tester|lead|specialist|architect|automation|manager|director|head|associate|intern|developer)',
      'tester', 'quality (engineer|engineering|analyst)', 'software quality', '(qa|quality assurance) $', 'qa', 'test engineer',
      'game tester',
    ],
  },
  {
    family: 'Machine Learning Engineer',
    patterns: [
      '(machine learning|ml|ai|artificial intelligence|deep learning|mlops|ml ops|llm|genai|gen ai|generative ai|computer vision|nlp|natural language processing|ai / ml|ml / ai|ai / machine learning|ai and ml|ai ml|conversational ai|ai / ml ops|ai research|applied ml|applied ai|perception|speech recognition|recommendation systems|recommendation system) * (engineer|developer|engineering|programmer)',
      'research engineer', 'mle', 'prompt engineer', 'ai engineer', '(machine learning|deep learning|ai|ml|computer vision|nlp|generative ai|genai) [(intern|trainee|apprentice)]', '(machine learning|artificial intelligence|ml / ai|ai / ml|deep learning) $',
    ],
  },
  {
    family: 'Data Scientist',
    patterns: [
      'data (scientist|science)', 'data and applied (scientist|science|sciences)', 'decision scientist', '(product|marketing|business|quantitative|research) data scientist',
      'statistician', 'biostatistician', 'operations research (analyst|scientist|specialist|engineer)', 'operations research', 'data science (manager|lead|director|head|intern)',
    ],
  },
  {
    family: 'Data Engineer',
    patterns: [
      'data (engineer|engineering)', '(big data|etl|elt|data warehouse|data warehousing|dwh|hadoop|spark|pyspark|databricks|snowflake|informatica|data pipeline|data platform|data integration|data lake|datastage|talend|ab initio|bi|business intelligence|power bi|tableau|ssis|data infrastructure|dbt|kafka) * (developer|engineer|engineering|architect)',
      '(data warehouse|data warehousing|big data|etl|hadoop|data integration|data lake|informatica) (specialist|consultant|analyst|lead)', '(data warehouse|data warehousing|big data|etl)',
      'analytics engineer', 'data (architect|modeler|modeller)', 'etl (lead|specialist|tester)', 'database developer', 'sql developer',
      'pl / sql developer', 'plsql developer',
    ],
  },
  {
    family: 'Data Analyst',
    patterns: [
      '(data|business intelligence|bi|analytics|reporting|insights|product|mis|sql|tableau|power bi|web analytics|digital analytics|customer insights|growth|people analytics|hr analytics|healthcare data|clinical data|marketing analytics|supply chain analytics) (analyst|analysts)',
      'analytics (specialist|associate|consultant|lead|manager|intern|executive|analyst|translator)', 'data analytics', 'business intelligence', 'mis (executive|specialist|coordinator)',
      'data (specialist|associate|coordinator|quality analyst|steward)', 'reporting (specialist|associate|executive)',
    ],
  },
  {
    family: 'Database Administrator',
    patterns: ['database administrator', 'dba', 'database reliability (engineer|engineering)', '(oracle|sql|sql server|postgres|postgresql|mysql|database|db|mongodb|db2|cassandra) (dba|administrator|admin|engineer|specialist)', 'database (engineer|specialist|architect)'],
  },
  {
    family: 'SRE/DevOps Engineer',
    patterns: [
      '(site reliability|sre|devops|dev ops|cloud|cloud infrastructure|cloud ops|cloudops|cloud operations|platform reliability|build|release|build and release|kubernetes|systems reliability|observability|infrastructure automation|gitops|ci / cd|cicd|aws|azure|gcp|google cloud|terraform|openshift|docker|infrastructure reliability|platform reliability|network reliability) * (engineer|engineering|developer|specialist|administrator|consultant|lead)',
      'site reliability', 'devops', 'sre', 'release {manager}', 'reliability engineering', 'production engineering',
    ],
  },
  {
    family: 'Technical Program Manager',
    patterns: [
      '(technical|engineering|software|it|infrastructure|technology|hardware|silicon|data|security|ai|ml|platform|cloud|product|system|systems) (program|programme) {(manager|management)}',
      '(technical|engineering|software|it|infrastructure|technology|hardware|silicon|data|security|ai|ml|platform|cloud|product|system|systems) (program|programme) [(lead|director|head)]',
      '(technical|it|technology|software|engineering) project {(manager|management)}', '(technical|it|technology|software|engineering) project [lead]', 'tpm', 'technical project {manager}',
    ],
  },
  {
    family: 'Engineering Manager',
    patterns: [
      `${ENG_FUNCTION} * ${MGR}`, `${MGR} * ${ENG_FUNCTION} $`, 'engineering manager', 'software development manager',
      'development (lead|team lead) manager', 'technical director', 'technical [manager] $', 'director technology', 'head technology',
    ],
  },
  {
    family: 'Product Designer',
    patterns: [
      '(product|ux|ui|ui / ux|ux / ui|user experience|user interface|interaction|service|experience|web|app|mobile|digital|ixd|ux and ui|ui and ux|visual product|design systems) (designer|design lead|architect)',
      '(product|ux|ui|ui / ux|ux / ui|user experience|user interface|interaction|service|experience|ux and ui|ui and ux) design $',
      '(ux|user experience|user|design) (researcher|research)', 'ux (lead|writer|strategist|manager|director|intern|specialist|architect|engineer)', 'content designer',
      'design (lead|manager|director|head|system|systems|technologist|intern|ops|operations)', 'head design',
    ],
  },
  {
    family: 'Graphic Designer',
    patterns: [
      '(graphic|graphics|visual|brand|motion|communication|creative|multimedia|digital|print|packaging|presentation|marketing|social media|web graphic|3d) (designer|design)',
      'art {director}', 'illustrator', 'motion graphics', 'graphic artist', 'dtp operator', 'visualizer', 'visualiser',
    ],
  },
  { family: 'Interior Designer', patterns: ['(interior|interiors|kitchen|furniture|space|retail) designer', 'interior (design|architect)'] },
  { family: 'Physician', patterns: ['(medical|surgical|psychiatry|pediatric|internal medicine|family medicine|pgy|pgy1|pgy2|pgy3|chief) resident', 'resident $', 'clinical {fellow}', 'house officer', 'junior doctor', 'intern doctor', 'medical intern'], level: 'entry' },
  { family: 'Medical Laboratory Scientist', patterns: ['(medical|clinical) (laboratory|lab) (scientist|technologist|technician)', 'medical technologist', '(mls|mlt)', '(lab|laboratory) technologist', 'histotechnologist', 'cytotechnologist'] },
  { family: 'Research Scientist', patterns: ['(research|postdoctoral|postdoc) {fellow}', '(postdoc|postdoctoral)', '(postdoctoral|postdoc) (research|researcher|associate|scholar|scientist|research associate|research scientist)'], level: 'entry' },
  {
    family: 'Research Scientist',
    patterns: [
      '(research|applied|ai|machine learning|ml|computer vision|nlp|deep learning|reinforcement learning|robotics|speech|quantum|computational|ai research) scientist',
      '(ai|ml|machine learning|nlp|computer vision|llm) (researcher|research)', 'applied (science|sciences) $', 'research (science|sciences) $', 'researcher',
    ],
  },

  // ---- hardware and engineering disciplines (before engineering managers of the same words)
  {
    family: 'Hardware Engineer',
    patterns: [
      '(hardware|asic|asics|fpga|vlsi|rtl|silicon|chip|soc|physical design|design verification|dv|verification|analog|analog design|mixed signal|pcb|pcb design|board|board design|layout|dft|sta|cpu|gpu|memory|circuit|semiconductor|post silicon|pre silicon|signal integrity|power integrity|emulation) * (engineer|designer|engineering|architect|lead)',
      '(asic|asics|fpga|vlsi|rtl)', '(design verification|physical design|silicon design) $',
    ],
  },
  {
    family: 'Electrical Engineer',
    patterns: [
      '(electrical|electronics|electronic|power|power electronics|rf|radio frequency|microwave|antenna|controls|control systems|control|instrumentation|substation|protection|e and i|i and c|plc|scada|electrical design|electromechanical|high voltage|low voltage|battery|motor|ev charging|lighting) * (engineer|engineering)',
      'electrical engineer',
    ],
  },
  {
    family: 'Mechanical Engineer',
    patterns: [
      '(mechanical|hvac design|mep|piping|thermal|cad|solidworks|catia|creo|design|product design|mechatronics|tooling|automotive|stress|structures|vehicle|powertrain|chassis|body|plastics|sheet metal|mechanical design|fea|cae|cfd|nvh|robotics hardware) (engineer|engineering)',
      'mechanical (designer|draftsman|drafter)',
    ],
  },
  {
    family: 'Civil Engineer',
    patterns: [
      '(civil|structural|site|geotechnical|transportation|highway|water resources|construction|bridge|traffic|survey|building|municipal|drainage|water|wastewater|hydraulic|geomatics|infrastructure design|railway|rail) (engineer|engineering)',
      'civil (designer|draftsman|drafter)', 'quantity surveyor', 'site supervisor', 'project engineer',
    ],
  },
  { family: 'Chemical Engineer', patterns: ['(chemical|process chemical|polymer|petroleum|refinery|petrochemical) (engineer|engineering)'] },
  {
    family: 'Industrial Engineer',
    patterns: [
      '(industrial|manufacturing|process|production|lean|continuous improvement|six sigma|packaging|supplier quality|manufacturing quality|reliability|plant|facilities|facility|operations excellence|ie|npi|test and validation|validation|commissioning|maintenance) (engineer|engineering)',
    ],
  },
  { family: 'Aerospace Engineer', patterns: ['(aerospace|aeronautical|avionics|flight|propulsion|aircraft|spacecraft|satellite|gnc|guidance navigation and control|flight test|airframe|rocket|space) (engineer|engineering)'] },
  { family: 'Biomedical Engineer', patterns: ['(biomedical|medical device|clinical|bioengineer|bio medical|tissue) (engineer|engineering)', 'bioengineer'] },
  { family: 'Environmental Engineer', patterns: ['(environmental|sustainability|ehs|hse|health and safety|safety|fire protection) (engineer|engineering)'] },
  { family: AEM, patterns: ['(mechanical|electrical|civil|structural|manufacturing|hardware|process|industrial|aerospace|design|mep|project engineering|quality engineering|test engineering) * [(manager|director|head|vp)]'] },
  {
    family: 'Architect',
    patterns: [
      '(licensed|registered|landscape|project|building|design|revit|autocad|bim|architectural|junior|intermediate|urban|lead design) architect', 'architectural (designer|drafter|draftsman|technologist|assistant|intern)',
      'architecture (intern|graduate)',
    ],
  },

  // ---- other technology
  { family: 'Software Engineer', patterns: ['(software|application|applications|java|dotnet|.net|front end|back end|full stack|mobile|ios|android|web|frontend|backend) architect'], level: 'staff' },
  {
    family: 'Solutions Architect',
    patterns: [
      '(solutions|solution|enterprise|cloud|devops|technical|integration|salesforce|aws|azure|gcp|it|infrastructure|systems|system|application|applications|sap|technology|platform|domain|pre sales|presales|network solutions|microsoft|oracle|dynamics|servicenow|mulesoft|api|data platform|ai|genai|ml|iot|erp|crm|middleware) * architect',
      '(solution|solutions|cloud solution|enterprise|technical) architecture $', 'architect',
    ],
  },
  {
    family: 'Solutions/Sales Engineer',
    patterns: [
      '(sales|solutions|solution|pre sales|presales|customer|field solutions|partner solutions|field|value|technical sales|partner|demo|post sales) (engineer|engineering|consultant)',
      'presales', 'pre sales', 'technical account manager', '(technical|solutions) (sales|seller)', 'solutions specialist', 'sales engineering',
      'forward deployed (engineer|software engineer)', 'customer engineer', 'solution consultant',
    ],
  },
  {
    family: 'Network Engineer',
    patterns: [
      '(network|networking|ccna|ccnp|ccie|cisco|noc|telecom|telecommunications|voip|wan|lan|wireless|firewall|routing and switching|routing|switching) * (engineer|engineering|architect|specialist|analyst|technician|consultant|lead)',
    ],
  },
  {
    family: 'Systems Administrator',
    patterns: [
      '(system|systems|network|linux|unix|windows|server|it|vmware|citrix|m365|office 365|microsoft 365|sharepoint|exchange|active directory|wintel|storage|backup|virtualization|jira|salesforce|servicenow|sccm|intune|mainframe) (administrator|admin|administration)',
      'sysadmin', 'systems administrator', '(linux|unix|windows|wintel|server|storage|vmware|backup|virtualization|citrix) (engineer|specialist|consultant)', 'it administrator',
    ],
  },
  {
    family: 'IT Support Specialist',
    patterns: [
      '(help desk|helpdesk|service desk|desktop support|desktop|it support|technical support|tech support|application support|production support|it service desk|end user support|end user computing|euc|field it|it field|deskside support|it operations|noc support|customer technical support|it help desk|technical helpdesk|computer support|user support) (specialist|analyst|engineer|technician|tech|associate|agent|representative|executive|lead|intern|administrator|consultant|officer|coordinator)?',
      '(l1|l2|l3|level 1|level 2|level 3|tier 1|tier 2|tier 3) (support|engineer|analyst|technician)',
      '(it|computer|pc|hardware|desktop|it field|field service it) (technician|specialist)', 'support engineer', 'it (associate|executive|officer|assistant)',
    ],
  },
  {
    family: 'Systems Analyst',
    patterns: [
      '(systems|system|it|computer systems|erp|sap|oracle|oracle apps|oracle fusion|salesforce|servicenow|workday|crm|d365|dynamics|dynamics 365|peoplesoft|functional|techno functional|it business|application|applications|guidewire|pega|veeva|epic|kronos|netsuite|sap fico|sap mm|sap sd|sap hcm|sap basis|sap bw|hris|ebs|package|packaged app) * (analyst|consultant|specialist|administrator)',
      '(technical|technology) (consultant|specialist)',
      'it consultant', 'sap',
    ],
  },
  { family: 'Technical Writer', patterns: ['technical (writer|writing|author|editor|communicator)', 'documentation (specialist|engineer|writer)', '(api|developer|software) (writer|documentation)', 'information developer'] },

  { family: 'QA/SDET Engineer', patterns: ['automation (engineer|tester)'] },

  // ---- software engineer (broad)
  {
    family: 'Software Engineer',
    patterns: [
      'software * (engineer|developer|engineering|development|programmer|architect)',
      '(front end|back end|full stack|web|mobile|ios|android|application|app|game|games|gameplay|java|j2ee|python|django|flask|dotnet|c#|c++|c|golang|go|ruby|rails|ruby on rails|php|laravel|node|nodejs|react|reactjs|react native|angular|angularjs|vue|vuejs|javascript|typescript|js|flutter|kotlin|swift|scala|rust|elixir|erlang|embedded|embedded software|firmware|salesforce|abap|sap abap|servicenow|mainframe|cobol|pega|sharepoint|wordpress|shopify|magento|unity|unreal|blockchain|solidity|web3|smart contract|api|integration|middleware|graphics|compiler|kernel|systems software|platform|infrastructure|distributed systems|sdk|ui|ui / ux|mern|mean|lamp|spring|spring boot|microservices|device|devices|driver|linux kernel|bsp|robotics|autonomy|simulation|ar|vr|xr|ar / vr|qt|c / c++|c++ / c|perl|delphi|vb|vb.net|asp.net|.net|dotnet core|hybris|sitecore|drupal|odoo|dynamics crm|power apps|power platform|rpa|uipath|blue prism|automation anywhere|low code|outsystems|mendix|appian|tibco|mulesoft|boomi|oracle|plsql|sql server|etl) * (engineer|developer|programmer|engineering|development|coder|architect)',
      '(front end|back end|full stack)', 'developer (advocate|relations|evangelist|experience)', 'developer', 'programmer', 'coder',
      'software', '[mts]', 'founding engineer', 'forward deployed engineer', '(tech|technical|technology|engineering) [(lead|leader)]',
      'technology * (associate|analyst|specialist)', 'development [(intern|trainee)] $', 'application development (analyst|associate|specialist|lead)', 'software (consultant|specialist)',
      '(engineer|developer) (front end|back end|full stack)', 'distinguished engineer', 'principal engineer', 'staff engineer', 'fellow engineer',
    ],
  },

  {
    family: 'Systems Engineer',
    patterns: ['(system|systems) (engineer|engineering)', '(systems|system) integration (engineer|specialist)', 'it engineer', 'infrastructure (specialist|analyst|consultant)'],
  },

  // ---- product and programme management
  { family: 'Marketing Manager', patterns: ['product marketing {(manager|management)}', 'brand {manager}', 'pmm'], level: 'mid' },
  {
    family: 'Marketing Manager',
    patterns: [
      '(marketing|growth|user acquisition|demand generation|digital marketing|performance marketing|field marketing|partner marketing|lifecycle marketing|brand marketing|brand|content marketing|product marketing|event marketing|customer marketing|channel marketing|trade marketing|crm marketing|email marketing|marketing communications|marcom) * ' + MGR,
      `${TOP} * (marketing|growth|brand) $`,
    ],
  },
  {
    family: 'Product Manager',
    patterns: [
      'product {(manager|management|owner|manager / owner|owner / manager)}', 'product [(lead|leader)]', 'product * [(director|head|vp|svp|evp)] $',
      `${TOP} * product $`, `${TOP} * product management $`, 'apm', 'gpm', '(product) $',
    ],
  },
  { family: 'Program Manager', patterns: ['(program|programme) {(manager|management)}', '(program|programme) [(lead|director|head)]', '(program|programme) (officer|specialist|coordinator)', 'pmo (lead|manager|head|director)'] },
  {
    family: 'Project Manager',
    patterns: [
      '(project|projects) {(manager|management)}', '(project|projects) [(lead|leader|director|head)]', '(project|projects) (coordinator|officer|specialist|administrator|controller|analyst|associate|executive)',
      'scrum master', 'project delivery', 'agile (coach|delivery lead|project manager)', 'delivery (manager|lead|head|director)', 'pmo (analyst|specialist|consultant|associate)', 'pmo',
    ],
  },

  // ---- sales, success, support
  { family: 'Sales Representative', patterns: ['business development {manager}', 'business development (executive|representative|associate|specialist|officer|rep|consultant|lead|intern|trainee)', 'business developer'] },
  {
    family: 'Account Executive',
    patterns: ['account executive', '(enterprise|commercial|strategic|mid market|smb|corporate|named|majors|major|global) (account executive|sales executive|seller)', 'ae'],
  },
  {
    family: 'Account Manager',
    patterns: [
      '(key|global|strategic|national|enterprise|client|customer|major|corporate|regional|technical|partner|channel|agency|territory)? account {(manager|management)}', 'account (director|lead|specialist|coordinator|partner)',
      'relationship {manager}', 'relationship (officer|executive|associate)', 'client {manager}', 'client (partner|relationship|director|lead)', 'partner {(manager|management)}', 'channel {(manager|partner manager)}',
      'alliance {manager}', 'alliance director', 'kam',
    ],
  },
  {
    family: 'Sales Manager',
    patterns: [
      '(sales|business development|revenue|commercial|inside sales|field sales|channel sales|regional sales|area sales|national sales|zonal sales|territory sales|retail sales|b2b sales|corporate sales|institutional sales) * ' + MGR,
      `${TOP} * (sales|business development|revenue|commercial) $`, 'sales (team leader manager)',
    ],
  },
  {
    family: 'Retail Sales Associate',
    patterns: [
      '(retail|store|shop|sales floor|floor|boutique|showroom|in store|counter|department store|fashion|apparel|mobile store|beauty) (associate|assistant|advisor|adviser|consultant|colleague|team member|clerk|worker|staff|sales associate|sales assistant|sales advisor|sales consultant|sales|specialist|representative|executive)',
      'sales (associate|assistant|clerk)', 'retail sales', 'shop assistant', 'customer assistant', 'merchandiser', 'visual merchandiser', 'store associate', 'beauty advisor',
      'retail (associate|assistant)', 'salesperson',
    ],
  },
  {
    family: 'Sales Representative',
    patterns: [
      'sales (representative|representatives|rep|executive|officer|agent|specialist|consultant|advisor|adviser|coordinator|development|person|man|woman|trainee|intern|associate|lead|professional|partner|support|administrator|analyst)',
      '(inside|outside|field|b2b|direct|territory|telesales|channel|corporate|enterprise|route|door to door|technical|solution|medical device|industrial|b2c) sales',
      'sales development representative', '(medical|pharmaceutical|pharma) (representative|rep|sales)', 'territory {manager}', 'territory (representative|sales)', 'telesales',
      '(telemarketer|telemarketing)', 'seller', '(sdr|bdr)', '{lead} generation (specialist|executive|associate)', 'tele sales',
    ],
  },
  {
    family: 'Customer Success Manager',
    patterns: [
      '(customer|client|partner) success {(manager|management)}', '(customer|client|partner) success', '(customer|client) onboarding', 'implementation {manager}', 'implementation (specialist|consultant|lead|analyst|engineer|associate|coordinator)',
      'onboarding specialist', 'onboarding {manager}', 'customer experience {manager}', 'account success', 'csm',
    ],
  },
  {
    family: 'Customer Support Representative',
    patterns: [
      '(customer|client|consumer|member|guest|patient|passenger|user|player|citizen)? (service|services|support|care|experience) (representative|representatives|rep|agent|associate|advisor|adviser|specialist|executive|officer|assistant|coordinator|consultant|team member|operator|professional|ambassador|hero|champion|analyst|lead|manager|supervisor|intern|trainee)',
      '(call|contact) (center|centre) (agent|representative|executive|associate|operator|advisor)?', 'customer (service|support|care|experience)',
      '(voice|non voice|chat|email|inbound|outbound|international voice|domestic voice|semi voice) (process|support|agent|executive|associate)?', 'bpo', 'telecaller', 'tele caller',
      '(customer|patient|member|client|consumer) (advocate|associate|advisor|adviser)', 'call (handler|taker)', 'helpline (advisor|adviser|operator)', 'client services',
      'support (specialist|associate|agent|representative|executive|analyst|team member|advisor)',
    ],
  },

  // ---- marketing and communications
  {
    family: 'Marketing Specialist',
    patterns: [
      '(marketing|digital marketing|performance marketing|growth marketing|content marketing|email marketing|social media|seo|sem|ppc|paid search|paid social|paid media|media buyer|crm|affiliate|affiliate marketing|influencer|influencer marketing|community|brand|marketing automation|demand generation|field marketing|event marketing|trade marketing|product marketing|online marketing|growth|lifecycle|retention|user acquisition|partnership marketing|app store optimization|aso|marketing communications|marcom|web marketing|ecommerce|e commerce|marketplace) * (specialist|executive|coordinator|associate|analyst|strategist|consultant|officer|assistant|lead|intern|trainee|marketer|expert|hacker|representative|ambassador)',
      '(market|marketing|consumer|customer) (research|insights) (analyst|associate|specialist|manager|consultant|lead)', 'market research',
      '(growth|content|performance|digital|product|brand) marketer', 'marketer', 'growth hacker', '(seo|sem|ppc|smm)', 'social media {manager}', 'social media', 'community {manager}',
      'media (buyer|planner)',
    ],
  },
  {
    family: 'Communications Specialist',
    patterns: [
      '(communications|communication|corporate communications|internal communications|external communications|pr|public relations|media relations|press|employee communications|investor relations) (specialist|officer|manager|executive|coordinator|associate|lead|advisor|adviser|director|head|consultant|strategist|intern|assistant)',
      'spokesperson', 'publicist',
    ],
  },
  {
    family: 'Content Writer',
    patterns: [
      '(content|copy|ux|creative|seo|freelance|medical|grant|proposal|script|news)? writer', 'copywriter', 'copy writer', '(content|copy|news|managing|associate|senior|sub|web|technical) editor',
      'journalist', '(news|tv|television|radio|investigative|sports|business|political|staff|general assignment|broadcast) reporter', 'author', 'blogger', '(content|copy) (strategist|specialist|creator|editor|developer|lead|producer)', 'content {manager}', 'content creator', 'proofreader',
    ],
  },
  { family: 'Translator', patterns: ['translator', 'interpreter', '(localization|localisation) (specialist|coordinator|manager)', 'sign language interpreter'] },

  // ---- finance
  {
    family: 'Quantitative Analyst',
    patterns: ['(quantitative|quant) (analyst|researcher|developer|trader|strategist|associate|engineer|modeler)', 'quant', 'trader', '(algorithmic|algo) trader'],
  },
  {
    family: 'Bookkeeper',
    patterns: [
      'bookkeeper', 'book keeper', '(accounts|account) (payable|receivable)', '(ap|ar|accounts payable|accounts receivable|a / p|a / r) (specialist|clerk|associate|analyst|executive|coordinator|processor|accountant|lead)',
      'billing (specialist|clerk|coordinator|associate|analyst|executive)', 'payroll (specialist|clerk|administrator|coordinator|associate|executive|officer|analyst|accountant|assistant)',
      'accounting (clerk|assistant)', '(collection|collections) (specialist|agent|officer|representative|associate|executive)', 'accounts (assistant|clerk)', 'billing',
    ],
  },
  {
    family: 'Finance Manager',
    patterns: [
      '(finance|financial|treasury|accounting|accounts|tax|audit|fp and a|fp a|fpa|payroll|credit|billing|controlling|reporting|financial planning|financial reporting|revenue accounting|internal audit) * ' + MGR,
      `${TOP} * (finance|accounting|tax|fp and a|audit) $`, '(financial)? controller', 'comptroller', 'treasurer', 'finance (head|lead)', 'head finance',
    ],
  },
  {
    family: 'Accountant',
    patterns: [
      'accountant', 'accounting (specialist|associate|executive|analyst|officer|lead|intern|trainee|senior|consultant)', 'accounts (executive|officer|associate|specialist)',
      'auditor', '(audit|assurance) (associate|senior|analyst|assistant|staff|consultant|intern|trainee|specialist|executive|senior associate)',
      'tax (associate|analyst|consultant|specialist|senior|preparer|advisor|adviser|accountant|executive|intern|trainee|senior associate)', 'article (assistant|trainee|clerk|ship)',
      'certified public accountant', 'chartered accountant', 'general ledger', 'gl (accountant|specialist|analyst)',
    ],
  },
  {
    family: 'Financial Analyst',
    patterns: [
      '(financial|finance|fp and a|fp a|fpa|investment|equity research|credit|risk|market risk|credit risk|treasury|budget|pricing|commercial finance|corporate finance|valuation|m and a|investment banking|private equity|venture capital|fixed income|portfolio|capital markets|business finance|strategic finance|revenue|cost|financial planning|financial reporting|regulatory reporting|model validation|underwriting) (analyst|associate)',
      'finance (business partner|associate|executive|specialist|officer|intern|trainee)', 'research analyst', 'investment banking', 'underwriter', 'credit (officer|specialist)',
      'portfolio {manager}', 'investment (associate|professional)', 'investment {manager}', 'risk (associate|specialist|consultant)',
    ],
  },
  {
    family: 'Financial Advisor',
    patterns: ['(financial|wealth|investment|retirement|private wealth) (advisor|adviser|planner|consultant|manager|associate)', 'financial planner', 'wealth {manager}', 'private banker'],
  },
  { family: 'Insurance Agent', patterns: ['insurance (agent|advisor|adviser|sales|producer|broker|representative|consultant|specialist|associate)', 'licensed insurance'] },
  { family: 'Loan Officer', patterns: ['(loan|mortgage|lending) (officer|advisor|adviser|originator|specialist|consultant|processor|underwriter|associate)'] },
  {
    family: 'Compliance Officer',
    patterns: [
      '(compliance|aml|kyc|regulatory|regulatory affairs|anti money laundering|sanctions|fraud|grc|risk and compliance|governance risk and compliance|cdd|edd|financial crime|transaction monitoring|quality and compliance) (officer|analyst|specialist|associate|manager|consultant|lead|executive|investigator|advisor|adviser|reviewer|intern)',
      'fraud investigator', 'investigator',
    ],
  },
  {
    family: 'Procurement Specialist',
    patterns: [
      'category {manager}', '(procurement|purchasing|sourcing|strategic sourcing|vendor management|category|indirect procurement|direct procurement|contract|contracts) (specialist|analyst|officer|executive|agent|manager|lead|associate|coordinator|assistant|buyer|administrator|intern)',
      'buyer', 'purchaser', 'contract (administrator|specialist)', 'contract {manager}',
    ],
  },
  {
    family: 'Supply Chain Specialist',
    patterns: [
      '(supply chain|logistics|demand|inventory|materials|material|shipping|import|export|freight|transportation|transport|distribution|fleet|customs|trade compliance|planning|production planning|sop|s and op|warehouse operations) (analyst|planner|coordinator|specialist|executive|associate|manager|officer|controller|lead|administrator|assistant|intern)',
      '(demand|supply|production|material|materials|inventory|master) planner',
    ],
  },

  // ---- people
  {
    family: 'Recruiter',
    patterns: [
      'recruiter', '(recruitment|recruiting|talent acquisition|ta|staffing|campus recruiting|university recruiting|campus|executive search|technical recruiting|it recruitment|hiring) (consultant|specialist|partner|coordinator|executive|associate|lead|advisor|adviser|officer|manager|analyst|assistant|intern|researcher|director|head|business partner)',
      'sourcer', 'talent sourcer', '{head} hunter', 'headhunter', 'talent partner',
    ],
  },
  {
    family: 'HR Manager',
    patterns: [
      '(hr|human resources|people|people operations|people and culture|talent|talent management|personnel|hr operations|compensation|total rewards|rewards|learning and development|l and d|employee relations|benefits|hris|culture|employee experience|organizational development|od) * ' + MGR,
      `${TOP} * (hr|human resources|people|talent|people and culture) $`,
    ],
  },
  {
    family: 'HR Specialist',
    patterns: [
      '(hr|human resources|people|people operations|personnel|employee relations|compensation|benefits|compensation and benefits|total rewards|hris|learning and development|l and d|training|talent management|onboarding|employee experience|workforce|hr operations|people and culture|culture|engagement|payroll and hr|hr shared services|organizational development|od|employee engagement) * (generalist|specialist|executive|coordinator|associate|assistant|officer|advisor|adviser|business partner|partner|analyst|administrator|consultant|representative|intern|trainee|lead|manager|designer|facilitator|trainer)',
      'hr business partner', 'hrbp', 'people partner', '(hr|human resources)', '(corporate|technical|soft skills|sales|process|product|software|it|behavioral|behavioural|voice and accent) trainer', 'training (coordinator|specialist|officer|facilitator)', 'instructional designer',
    ],
  },

  // ---- operations, consulting, analysis, administration
  { family: 'Construction Manager', patterns: ['(construction|building construction|site construction) * ' + MGR, '(construction|site) (superintendent)', 'general contractor'] },
  { family: 'Cost Estimator', patterns: ['(cost|construction|project|electrical|mechanical|senior|junior)? estimator', 'quantity surveyor'] },
  { family: 'Actuary', patterns: ['actuary', 'actuarial (analyst|associate|consultant|student|specialist|manager|director|intern|trainee|scientist)', 'actuarial'] },
  { family: 'Economist', patterns: ['economist', 'economics (associate|analyst|researcher)'] },
  {
    family: 'Operations Manager',
    patterns: [
      '(operations|ops|business operations|plant|facility|facilities|warehouse|distribution|distribution center|fulfillment|fulfilment|site|branch|area|district|regional|production|manufacturing|service delivery|delivery center|logistics|transport|transportation|fleet|hub|depot|workshop|service|field operations|network operations|process|shift) * ' + MGR,
      `${TOP} * (operations|ops|business operations) $`, 'general manager', '(plant|factory|site|branch|unit|cluster|hub) (manager|head|director|in charge)', 'superintendent', 'foreman',
      'operations (head|lead)', 'head operations',
    ],
  },
  {
    family: 'Operations Specialist',
    patterns: [
      '(operations|ops|business operations|bizops|biz ops|revenue operations|revops|sales operations|marketing operations|strategy and operations|strategy operations|trust and safety|fulfillment operations|ad operations|content operations|operations support|back office operations|banking operations|loan operations|payment operations|kyc operations|operations excellence|gtm operations|gtm|people operations|clinical operations|network operations|field operations|retail operations|store operations|merchant operations|risk operations|fraud operations|deal desk) (specialist|associate|analyst|executive|coordinator|lead|officer|assistant|administrator|agent|intern|trainee|representative|manager|strategist|partner)',
      '(content|trust and safety|ads) (moderator|reviewer|analyst)', 'content moderator',
    ],
  },
  {
    family: 'Business Analyst',
    patterns: [
      '(business|business systems|process|functional|requirements|commercial|strategy|business process|business analysis|it business|technical business|product business) (analyst|analysis|consultant)',
      'business analyst', 'strategy (associate|manager|lead)',
    ],
  },
  {
    family: 'Consultant',
    patterns: [
      '(management|strategy|business|strategic|advisory|transformation|change management|digital transformation|operations|process|risk|transaction|deals|restructuring|economic|economics|sustainability|esg|turnaround) (consultant|consulting|advisor|adviser)',
      'engagement manager', 'advisory (associate|senior|consultant|analyst|manager)', 'consulting (analyst|associate|intern)',
    ],
  },
  // ---- legal
  {
    family: 'Paralegal',
    patterns: ['paralegal', 'legal (assistant|secretary|clerk|administrator|coordinator)', 'law clerk', '(litigation|corporate|conveyancing|immigration) (paralegal|assistant|clerk)', 'conveyancer', 'legal executive'],
  },
  { family: 'Lawyer', patterns: ['(associate|assistant|deputy) general {counsel}'], level: 'director' },
  { family: 'Lawyer', patterns: ['general {counsel}', 'chief legal officer'], level: 'exec' },
  {
    family: 'Lawyer',
    patterns: [
      'associate (attorney|lawyer)', '(lawyer|attorney|solicitor|barrister|advocate|litigator|counsel)', 'legal (counsel|associate|advisor|adviser|officer|consultant|manager|specialist|director|head|lead|intern|trainee|analyst)',
      '(patent|trademark|ip|intellectual property) (attorney|agent|counsel|lawyer|specialist)', 'associate (attorney|lawyer)', 'trainee solicitor', 'notary',
    ],
  },

  {
    family: 'Executive Assistant',
    patterns: ['(executive|personal|ceo|managing director|senior executive|c suite|office of the ceo|founder) assistant', 'executive administrative assistant', 'ea $', 'pa $'],
  },
  {
    family: 'Receptionist',
    patterns: [
      'receptionist', 'front desk (agent|associate|clerk|coordinator|officer|executive|representative|assistant|staff)?', 'front office (executive|associate|assistant|coordinator)',
      '(guest service|guest services) (agent|associate|representative)', 'concierge', 'hotel (receptionist|clerk)',
    ],
  },
  { family: 'Office Manager', patterns: ['office manager', '(office|administrative|admin|administration|facilities and office) * [(manager|supervisor|head)]', 'office (administrator|coordinator)'] },
  {
    family: 'Data Entry Clerk',
    patterns: ['data entry', 'typist', '(data|document) (processor|controller)'],
  },
  {
    family: 'Administrative Assistant',
    patterns: [
      '(administrative|admin|administration|office|general office|clerical|front office|back office|school office|medical office|medical administrative|legal administrative|team|department|program|programme|project|sales|marketing|hr|finance|operations|academic) (assistant|associate|coordinator|clerk|executive|officer|specialist|administrator|support|secretary)',
      'secretary', 'office administrator', 'back office', 'filing clerk', 'mail (clerk|room)', 'office (assistant|clerk|junior)',
    ],
  },

  // ---- real estate
  { family: 'Property Manager', patterns: ['(property|community|building|estate|leasing|residential property|site) [(manager|management)]', 'leasing (consultant|agent|specialist)'] },
  { family: 'Real Estate Agent', patterns: ['(real estate|property|realty|realtor|estate) (agent|sales|consultant|advisor|adviser|broker|associate|salesperson|negotiator)', 'realtor', 'estate agent'] },

  // ---- health care
  { family: 'Nurse Practitioner', patterns: ['nurse practitioner', '(family|adult|psychiatric|pediatric|acute care|psychiatric mental health|women s health|gerontology) nurse practitioner', 'advanced practice (nurse|provider|registered nurse)', 'crnp'] },
  { family: 'Physician Assistant', patterns: ['physician (assistant|associate)', 'pa c', 'physician assistant'] },
  { family: 'Licensed Practical Nurse', patterns: ['licensed (practical|vocational) nurse', 'licensed practical nurse', 'practical nurse', 'enrolled nurse'] },
  {
    family: 'Nursing Assistant',
    patterns: [
      '(certified)? nursing (assistant|aide|attendant|auxiliary)', 'nurse (aide|assistant|auxiliary)', '(patient care|patient) (technician|tech|assistant|associate|attendant)',
      '(healthcare|health care) (assistant|support worker)', 'orderly', '(ward|hospital|clinical) (assistant|attendant|support worker)', 'certified nursing assistant', 'healthcare assistant',
    ],
  },
  {
    family: 'Caregiver',
    patterns: [
      'caregiver', 'care giver', 'carer', 'care (worker|assistant|aide|partner|professional|associate|support worker)', 'home (health|care) (aide|assistant|worker|caregiver)',
      'personal (care|support) (assistant|aide|worker|attendant)', 'support worker', 'direct (support|care) (professional|worker|staff)', 'dsp', 'companion',
      'caretaker', 'hha', 'pca',
    ],
  },
  { family: 'Childcare Worker', patterns: ['nanny', 'au pair', '(childcare|child care|daycare|day care|nursery) (worker|assistant|practitioner|provider|teacher assistant|educator|staff|attendant)', 'babysitter', 'nursery nurse'] },
  { family: 'Pharmacy Technician', patterns: ['pharmacy (technician|tech|assistant|clerk|aide|dispenser)', 'dispensing (assistant|technician)'] },
  { family: 'Pharmacist', patterns: ['pharmacist', 'pharmacy (intern|manager|director|resident)', 'pharmd', 'pharm d'] },
  { family: 'Speech-Language Pathologist', patterns: ['speech (language)? (pathologist|therapist)', 'slp', 'speech and language therapist'] },
  { family: 'Physical Therapist', patterns: ['(physical|physio) (therapist|therapy)', 'physiotherapist', 'physical therapist assistant', 'physiotherapy'] },
  { family: 'Occupational Therapist', patterns: ['occupational (therapist|therapy)', 'certified occupational therapy assistant', 'cota'] },
  { family: 'Veterinarian', patterns: ['(veterinarian|veterinary surgeon|vet|dvm|veterinary doctor)', 'associate {veterinarian}'] },
  { family: 'Dentist', patterns: ['dentist', 'dental (surgeon|officer|practitioner)', '(orthodontist|endodontist|periodontist|prosthodontist|oral surgeon)', 'bds'] },
  {
    family: 'Medical Assistant',
    patterns: ['(medical|clinical|dental|ophthalmic|optometric|chiropractic|podiatry|certified medical) assistant', 'phlebotomist', 'phlebotomy technician', 'dental nurse', 'medical (receptionist|secretary|scribe)'],
  },
  { family: 'Psychologist', patterns: ['(clinical|counseling|counselling|school|educational|forensic|licensed|neuro|child|health|organizational|industrial organizational)? psychologist', 'psychotherapist', 'neuropsychologist'] },
  {
    family: 'Physician',
    patterns: [
      '(physician|doctor|hospitalist|surgeon|psychiatrist|anesthesiologist|anaesthetist|radiologist|pediatrician|paediatrician|cardiologist|oncologist|neurologist|dermatologist|gastroenterologist|urologist|nephrologist|pulmonologist|endocrinologist|rheumatologist|ophthalmologist|obstetrician|gynecologist|gynaecologist|ob gyn|obgyn|intensivist|neonatologist|pathologist|orthopedist|orthopaedic surgeon|orthopedic surgeon|general practitioner|gp|family medicine|internal medicine|emergency medicine|medical officer|medical doctor|resident physician|locum tenens|mbbs|md / do|do / md|consultant physician|registrar|house officer|junior doctor|hematologist|infectious disease|geriatrician|allergist|otolaryngologist|ent surgeon|plastic surgeon|vascular surgeon|cardiothoracic surgeon|neurosurgeon|urgent care)',
      'medical (director|consultant|advisor)',
    ],
  },
  {
    family: 'Registered Nurse',
    patterns: [
      '(registered|staff|charge|clinical|travel|icu|er|emergency|operating room|surgical|med surg|medical surgical|medsurg|telemetry|pediatric|paediatric|psychiatric|mental health|home health|hospice|school|public health|labor and delivery|labour and delivery|l and d|nicu|picu|pacu|oncology|dialysis|cardiac|cath lab|triage|float pool|infusion|wound care|case management|occupational health|critical care|perioperative|rehab|rehabilitation|ambulatory|clinic|graduate|new grad|circulating|scrub|neonatal|maternity|ward|community|district|practice|research|theatre|theater|cardiovascular|step down|progressive care|long term care|ltc|dementia|infection control|quality|utilization review|triage|telehealth|home care|agency|bank|float|senior staff|psych) nurse',
      'nurse', 'nursing (officer|sister|educator|supervisor|manager|director|lead|coordinator)', 'registered nurse', 'ward sister', 'staff nurse',
    ],
  },
  {
    family: 'Healthcare Administrator',
    patterns: ['(healthcare|health care|hospital|clinic|practice|medical|nursing home|care home|clinical|health services|health) (administrator|administration)', '(practice|clinic|hospital|care home|clinical services|health services|nursing home) * ' + MGR],
  },
  { family: 'Social Worker', patterns: ['social worker', 'social work', '(case|care) (worker|coordinator)', '(case|care) {manager}', 'child protective', 'family support worker', 'youth worker'] },
  {
    family: 'Life Scientist',
    patterns: [
      '(biologist|microbiologist|biochemist|molecular biologist|immunologist|geneticist|neuroscientist|pharmacologist|toxicologist|virologist|epidemiologist|cell biologist|bioinformatician|bioinformatics scientist)',
      '(biology|biological|molecular biology|cell biology|immunology|oncology|neuroscience|biochemistry|microbiology|genomics|bioinformatics|protein|antibody|assay|drug discovery|discovery|translational|formulation|preclinical|clinical|biologics|cell therapy|gene therapy|vaccine|biomarker|pharmacology|toxicology|in vivo|in vitro|life science|life sciences|medical) * (scientist|researcher)',
      'clinical research (associate|coordinator|scientist)', 'research associate', 'lab (technician|assistant|analyst)', 'laboratory (technician|assistant|analyst|scientist)', 'scientist',
    ],
  },
  { family: 'Chemist', patterns: ['(analytical|organic|medicinal|synthetic|formulation|polymer|research|qc|quality control|process|senior|lab)? chemist', 'chemistry (scientist|researcher|associate)'] },

  // ---- education
  {
    family: 'Education Administrator',
    patterns: [
      '(school|elementary school|high school|middle school|primary school|secondary school|assistant|vice|deputy|academy) {principal}', 'head teacher', 'headteacher', 'headmaster', 'headmistress',
      'dean', 'provost', 'school (administrator|director|leader)', 'academic (director|dean|head)', 'director admissions', 'admissions (director|manager)',
    ],
    level: 'director',
  },
  { family: 'Teaching Assistant', patterns: ['(teaching|teacher s|teacher|classroom|learning support|special needs|sen|instructional|education|school|graduate teaching|early years) (assistant|aide|support assistant|support)', 'paraprofessional', 'paraeducator', 'teacher aide', 'lunch supervisor'] },
  {
    family: 'Teacher',
    patterns: [
      'teacher', '(primary|secondary|elementary|middle school|high school|kindergarten|preschool|pre k|nursery|montessori|special education|sped|esl|efl|english|math|maths|mathematics|science|music|art|pe|physical education|substitute|supply|classroom|homeroom|online|language|french|spanish|german|chinese|history|biology|chemistry|physics|computer science|ict|early years|early childhood|reading|stem|dance|drama|yoga) (teacher|educator|instructor|tutor|facilitator)',
      'tutor', 'educator', 'instructor', 'early childhood educator', 'faculty member', 'pgt', 'tgt', 'prt',
    ],
  },

  // ---- transport and warehouse
  { family: 'Forklift Operator', patterns: ['(forklift|fork lift|reach truck|lift truck|pallet jack|powered industrial truck|pit|order picker forklift|counterbalance|reach) (operator|driver|associate|technician)', 'forklift'] },
  {
    family: 'Truck Driver',
    patterns: [
      '(truck|lorry|hgv|lgv|class a|class b|class 1|class 2|tractor trailer|otr|over the road|regional|long haul|flatbed|tanker|reefer|dump truck|semi|big rig|heavy goods vehicle|hazmat|dedicated|team|local cdl|cdl a|cdl b|cdl|c + e|class a cdl|line haul|linehaul|tipper|articulated|rigid|7.5 tonne|18 wheeler|heavy vehicle|commercial) * driver',
      '(cdl|hgv|lgv)', 'trucker', 'owner operator', 'truck driver', 'driver (hgv|cdl|class 1|class 2|c + e)',
    ],
  },
  { family: 'Bus Driver', patterns: ['(bus|coach|school bus|transit|motorcoach|minibus|shuttle bus|paratransit) (driver|operator|captain)'] },
  {
    family: 'Delivery Driver',
    patterns: [
      '(delivery|courier|van|route|parcel|package|multi drop|multidrop|food delivery|last mile|dispatch|shuttle|transport|car|company|personal|patient transport|pharmacy delivery|grocery delivery|non cdl|box truck|sprinter|amazon flex|rideshare|taxi|cab|uber|chauffeur|valet|private|pickup|home delivery|two wheeler|bike|motorcycle|scooter)? driver',
      'courier', 'chauffeur', 'delivery (associate|partner|executive|boy|person|agent|rider|man|helper|crew)', 'rider',
    ],
  },
  {
    family: 'Warehouse Associate',
    patterns: [
      '(warehouse|warehousing|fulfillment|fulfilment|distribution|distribution center|dc|logistics|inventory|stock|stocking|shipping|receiving|shipping and receiving|inbound|outbound|dock|loading|material|materials|freight|parcel|sortation|sort|returns|yard|cold storage|store room|storeroom|stores) (associate|worker|operative|operator|assistant|clerk|handler|team member|helper|staff|picker|packer|loader|specialist|executive|labourer|laborer|colleague|crew|coordinator|lead|supervisor|agent|attendant|keeper|controller|in charge|incharge)',
      '(order)? (picker|packer|selector|puller)', 'picker packer', 'pick packer', 'material handler', 'package handler', 'stocker', '(stock|shelf) (associate|clerk|replenishment|filler|controller|keeper)',
      '(loader|unloader|lumper|sorter)', 'storekeeper', 'store keeper', 'inventory (associate|clerk|specialist|control)', 'packer', 'picker',
    ],
  },
  {
    family: 'Production Worker',
    patterns: [
      '(production|manufacturing|factory|assembly|line|plant|process|packaging|machine|packing|food production|general production|bottling|cleanroom) (worker|operator|associate|operative|technician|team member|assembler|helper|laborer|labourer|crew|staff|attendant)',
      'assembler', 'assembly (technician|associate)', 'machine operator', 'operario',
    ],
  },
  { family: 'Machinist', patterns: ['machinist', '(cnc|lathe|milling|mill|vmc|hmc|edm|grinder|grinding) (operator|programmer|machinist|setter|technician)', 'cnc', 'tool and die maker', 'toolmaker'] },

  // ---- retail and food
  { family: 'Cashier', patterns: ['cashier', '(checkout|till|cash|front end|register) (operator|assistant|associate|clerk|attendant)', '(bank)? teller', 'toll collector'] },
  {
    family: 'Store Manager',
    patterns: [
      '(store|shop|retail|boutique|outlet|showroom|department|floor|branch store|pharmacy store|retail store|supermarket|assistant store|deputy store|co) * [(manager|director|supervisor|head)]',
      'store (lead|leader|in charge)', 'shift (manager|supervisor|leader|lead)', '(assistant|deputy) store manager', 'keyholder', 'key holder',
    ],
  },
  {
    family: 'Restaurant Manager',
    patterns: ['(restaurant|kitchen|food service|food and beverage|f and b|catering|cafe|bar|canteen|dining|banquet|hospitality|outlet|front of house|food court) * ' + MGR, 'maitre d'],
  },
  { family: 'Chef', patterns: ['(executive|head|sous|pastry|private|personal|chef de partie|demi chef de partie|junior sous|kitchen|senior sous|tandoor|tandoori|pizza|sushi|line|banquet|commis|cdp|dcdp)? chef', 'chef de cuisine', 'chef de partie', 'commis'] },
  {
    family: 'Cook',
    patterns: ['(line|prep|short order|grill|fry|pizza|breakfast|banquet|kitchen|school|institutional|restaurant|dietary|first|second|lead)? cook', 'cook', 'kitchen (helper|assistant|hand|staff|team member|porter|crew|associate)', 'food prep', 'prep (cook|worker)'],
  },
  { family: 'Bartender', patterns: ['bartender', 'barman', 'barmaid', 'mixologist', 'bar (staff|tender|back|attendant|associate)', 'barback'] },
  {
    family: 'Server',
    patterns: ['(server|waiter|waitress|waitstaff|wait staff|food server|banquet server|cocktail server|host|hostess|busser|runner|food runner)', 'restaurant (staff|associate|crew)', 'food and beverage (attendant|associate|server|staff)', 'f and b (attendant|associate|server|staff)'],
  },
  {
    family: 'Food Service Worker',
    patterns: [
      '(barista|crew member|fast food|food service|food and beverage|f and b|counter|dishwasher|dietary aide|catering assistant|catering staff|canteen|cafeteria|concession|deli|bakery|dining|kitchen porter|food handler|food service worker|crew|team member|restaurant team member|drive thru)',
      'food (worker|associate|attendant|assistant|counter)', 'baker', 'butcher', 'dishwasher',
    ],
  },

  // ---- cleaning, trades
  {
    family: 'Cleaner',
    patterns: [
      '(cleaner|janitor|custodian|housekeeper|room attendant|porter|maid|custodial|housekeeping|environmental services|evs|cleaning|commercial cleaner|domestic cleaner|office cleaner|hospital cleaner|window cleaner|car wash|laundry attendant|launderer)',
      '(cleaning|housekeeping|janitorial|custodial) (operative|associate|technician|staff|attendant|aide|supervisor|worker|crew)', 'environmental services (technician|aide|associate)', 'evs (tech|technician)',
    ],
  },
  { family: 'Electrician', patterns: ['electrician', 'electrical (technician|installer|fitter|apprentice|mechanic|maintenance|contractor|supervisor|foreman|helper)', '(journeyman|master|licensed|industrial|commercial|residential|maintenance|auto|marine|solar|apprentice) electrician', 'wireman', 'lineman', 'line worker', 'linesman'] },
  { family: 'Plumber', patterns: ['plumber', 'pipefitter', 'pipe fitter', 'steamfitter', 'plumbing (technician|engineer|apprentice|contractor|installer)', 'gas (engineer|fitter)', 'sprinkler fitter'] },
  { family: 'Carpenter', patterns: ['carpenter', 'joiner', 'cabinet maker', 'cabinetmaker', 'framer', 'woodworker', 'shopfitter', 'formwork carpenter', 'finish carpenter'] },
  { family: 'Welder', patterns: ['welder', 'welding (technician|operator|inspector|specialist)', 'fabricator', 'welder fabricator', 'brazer', '(mig|tig|stick|pipe|structural) welder', 'boilermaker'] },
  {
    family: 'HVAC Technician',
    patterns: ['(hvac|hvac r|hvacr|refrigeration|air conditioning|heating|boiler|chiller|ac|mep) * (technician|tech|mechanic|engineer|installer|fitter|apprentice|service)', 'hvac'],
  },
  {
    family: 'Automotive Technician',
    patterns: [
      '(auto|automotive|car|vehicle|motor vehicle|lube|tire|tyre|collision|auto body|body shop|diesel|heavy equipment|heavy duty|fleet|hgv|truck|kfz|motorcycle|small engine|aircraft|aviation|airframe|avionics|a and p|marine|service|ev|electric vehicle|master|general) (mechanic|technician|tech)',
      'mechanic', 'panel beater', 'auto body (technician|repair)', 'service advisor', 'aircraft maintenance engineer', 'ame',
    ],
  },
  {
    family: 'Maintenance Technician',
    patterns: [
      '(maintenance|facilities|facility|building|plant|industrial maintenance|property maintenance|multi skilled|multiskilled|general maintenance|maintenance electrical|apartment maintenance|hotel maintenance|field service|field|service|equipment|biomedical equipment|repair|installation|elevator|lift|solar|wind turbine|utility|telecom|cable|fiber|fibre|alarm|fire alarm|pest control|appliance|machine|robotics|instrument) (technician|tech|mechanic|engineer|worker|operative|man|person|associate|supervisor|fitter|repairer|installer|specialist|handyman)',
      'handyman', 'handyperson',
    ],
  },
  {
    family: 'Construction Laborer',
    patterns: [
      '(construction|general|site|building|demolition|civil|groundworks|concrete|road|roofing|landscape|landscaping|paving|masonry|scaffolding|drywall|painting|insulation) (laborer|labourer|worker|helper|operative|associate|hand|crew|crew member|apprentice)',
      '(laborer|labourer)', 'flagger', 'general labor',
    ],
  },


  // ---- weak: bare words, used when nothing better is found
  { family: 'Business Analyst', weak: true, patterns: ['analyst'] },
  { family: 'Consultant', weak: true, patterns: ['consultant', 'advisor', 'adviser'] },
  { family: 'Sales Representative', weak: true, patterns: ['sales'] },
  { family: 'Marketing Specialist', weak: true, patterns: ['marketing'] },
  { family: 'Operations Specialist', weak: true, patterns: ['operations'] },
  { family: 'Financial Analyst', weak: true, patterns: ['finance'] },
  { family: 'Accountant', weak: true, patterns: ['accounting', 'accounts'] },
  { family: 'Lawyer', weak: true, patterns: ['legal'] },
  { family: 'Compliance Officer', weak: true, patterns: ['compliance'] },
  { family: 'Procurement Specialist', weak: true, patterns: ['procurement', 'purchasing'] },
  { family: 'Supply Chain Specialist', weak: true, patterns: ['supply chain', 'logistics'] },
  { family: 'Production Worker', weak: true, patterns: ['production', 'packaging'] },
  { family: 'Maintenance Technician', weak: true, patterns: ['maintenance', 'technician'] },
  { family: 'Administrative Assistant', weak: true, patterns: ['administrator', 'administrative', 'admin', 'clerk'] },
  { family: 'Customer Support Representative', weak: true, patterns: ['support $'] },
  { family: 'Insurance Agent', weak: true, patterns: ['insurance'] },
  { family: 'Loan Officer', weak: true, patterns: ['loan'] },
  { family: 'Construction Laborer', weak: true, patterns: ['labour', 'labor'] },
  { family: 'Teacher', weak: true, patterns: ['teaching'] },
  { family: 'Registered Nurse', weak: true, patterns: ['nursing'] },
  { family: 'Warehouse Associate', weak: true, patterns: ['warehouse'] },
  { family: 'Delivery Driver', weak: true, patterns: ['driver'] },
  { family: 'Bartender', weak: true, patterns: ['bar'] },
  { family: 'Electrician', weak: true, patterns: ['electrical'] },
  { family: 'Real Estate Agent', weak: true, patterns: ['real estate'] },
  { family: 'Recruiter', weak: true, patterns: ['talent acquisition', 'recruitment', 'recruiting'] },
  { family: 'Product Designer', weak: true, patterns: ['designer'] },
  { family: 'Software Engineer', weak: true, patterns: ['(engineer|engineering|engineers)', 'technical staff', 'it'] },
  { family: 'Research Scientist', weak: true, patterns: ['research'] },
];

/**
 * Qualifiers that move a title's family ("E5 Software Engineer, Machine Learning" → ML engineer).
 * Applied to qualifier segments when the head is the `from` family.
 */
export const QUALIFIER_UPGRADES: readonly { from: readonly string[]; to: string; patterns: readonly string[] }[] = [
  {
    from: ['Software Engineer'],
    to: 'Machine Learning Engineer',
    patterns: ['(machine learning|ml|ai|deep learning|computer vision|nlp|llm|llms|genai|gen ai|generative ai|ai / ml|ml / ai|ai / machine learning|ai and ml|machine learning infrastructure|ml infrastructure|ml platform|ai platform|applied ml|applied ai|ai research|perception|ranking and recommendations|recommendation|recommendations|recommender systems|personalization|conversational ai|speech) $'],
  },
  { from: ['Software Engineer'], to: 'SRE/DevOps Engineer', patterns: ['(site reliability|sre|devops|production engineering|reliability) $'] },
  { from: ['Software Engineer'], to: 'QA/SDET Engineer', patterns: ['(test|testing|qa|quality|quality assurance|test automation|automation testing|tools and test) $'] },
  { from: ['Software Engineer', 'Research Scientist'], to: 'Data Scientist', patterns: ['(data science) $'] },
  { from: ['Research Scientist'], to: 'Life Scientist', patterns: ['(biology|biochemistry|immunology|oncology|neuroscience|molecular biology|cell biology|genomics|microbiology|virology|toxicology|pharmacology|translational|drug discovery|in vivo|in vitro|antibody|protein|vaccine|biologics|assay|medicinal|clinical) *'] },
];

// ---------------------------------------------------------------------------------------------
// Specialisations
// ---------------------------------------------------------------------------------------------

/**
 * Specialisations by family. explicit: the words say it ("backend", "iOS"); implied: a language or
 * framework that implies it ("Java" → Backend). Explicit words win over implied ones; Backend and
 * Frontend implied together → Full Stack.
 */
export interface SpecRule {
  readonly spec: string;
  readonly families: readonly string[];
  readonly patterns: readonly string[];
  readonly implied?: boolean;
  /** Used only when no other explicit specialisation is named ("Travel RN - Emergency" → Emergency). */
  readonly weak?: boolean;
}

const SWE_SPEC_FAMILIES = ['Software Engineer', 'Engineering Manager'];

export const SPEC_RULES: readonly SpecRule[] = [
  { spec: 'Full Stack', families: SWE_SPEC_FAMILIES, patterns: ['full stack', '(mern|mean|lamp|mevn)', 'front end and back end', 'back end and front end', 'front end / back end', 'back end / front end'] },
  { spec: 'Mobile', families: SWE_SPEC_FAMILIES, patterns: ['(mobile|ios|android|flutter|react native|swiftui|xamarin|ionic|cordova|kotlin multiplatform|mobile app|mobile apps|iphone|ipad)'] },
  { spec: 'Frontend', families: SWE_SPEC_FAMILIES, patterns: ['front end', '(ui) (engineer|developer|engineering|development)', 'web ui', '(web|ui) $', 'client side'] },
  { spec: 'Backend', families: SWE_SPEC_FAMILIES, patterns: ['back end', 'server side', '(server|api|apis|microservices|services) (engineer|developer|engineering|development)?'] },
  { spec: 'Embedded', families: SWE_SPEC_FAMILIES, patterns: ['(embedded|firmware|rtos|bsp|device driver|device drivers|drivers|microcontroller|iot|embedded systems|embedded linux|autosar)'] },
  { spec: 'Game', families: SWE_SPEC_FAMILIES, patterns: ['(game|games|gaming|gameplay|unity|unreal|unreal engine|game engine)'] },
  {
    spec: 'Infrastructure',
    families: SWE_SPEC_FAMILIES,
    patterns: ['(infrastructure|infra|platform|platforms|distributed systems|systems software|cloud infrastructure|storage|networking|compute|core infrastructure|kernel|operating systems|linux kernel|reliability|cloud platform|developer platform|developer productivity|developer tools|devtools|build systems|databases|database internals|observability|runtime|virtualization|hpc|high performance computing)'],
  },
  { spec: 'Data', families: ['Software Engineer'], patterns: ['(data|data infrastructure|data platform|big data|analytics|data pipelines|data systems)'] },
  { spec: 'Security', families: ['Software Engineer'], patterns: ['(security|infosec|privacy|product security|application security|trust and safety|identity|cryptography)'] },
  {
    spec: 'Backend',
    families: SWE_SPEC_FAMILIES,
    implied: true,
    patterns: ['(java|j2ee|jee|spring|spring boot|golang|go|python|django|flask|fastapi|ruby|rails|ruby on rails|php|laravel|symfony|scala|c#|dotnet|.net|asp.net|dotnet core|node|nodejs|node.js|express|express.js|nest.js|elixir|erlang|perl|groovy|grails|nestjs|kafka|graphql|rest|restful|sql|postgres|postgresql|mysql|mongodb)'],
  },
  {
    spec: 'Frontend',
    families: SWE_SPEC_FAMILIES,
    implied: true,
    patterns: ['(react|reactjs|react.js|react js|angular|angularjs|vue|vuejs|vue.js|vue js|javascript|typescript|js|html|html5|css|css3|next js|nextjs|next.js|svelte|ember|redux|jquery|tailwind|web components|webgl|three js|three.js)'],
  },
  { spec: 'Applied', families: ['Research Scientist'], patterns: ['applied'] },
  { spec: 'UX Research', families: ['Product Designer'], patterns: ['(ux|user experience|user|design) (researcher|research)', 'ux research'] },
  { spec: 'Enterprise', families: ['Account Executive', 'Sales Representative', 'Solutions/Sales Engineer'], patterns: ['(enterprise|strategic|major|majors|named accounts|global accounts|large enterprise)'] },
  { spec: 'Mid-Market', families: ['Account Executive', 'Sales Representative'], patterns: ['(mid market|midmarket|mid / market|commercial)'] },
  { spec: 'SMB', families: ['Account Executive', 'Sales Representative'], patterns: ['(smb|small business|small and medium business|sme)'] },
  { spec: 'Business Development', families: ['Sales Representative'], patterns: ['(sales development|business development|sdr|bdr|lead generation|outbound)'] },
  { spec: 'Inside Sales', families: ['Sales Representative'], patterns: ['(inside sales|telesales|tele sales|telemarketing|telemarketer)'] },
  { spec: 'Tax', families: ['Accountant', 'Finance Manager', 'Lawyer'], patterns: ['(tax|taxation|indirect tax|direct tax|vat|gst|transfer pricing)'] },
  { spec: 'Audit', families: ['Accountant', 'Finance Manager'], patterns: ['(audit|auditor|assurance|internal audit|external audit)'] },
  { spec: 'ICU', families: ['Registered Nurse'], patterns: ['(icu|intensive care|critical care|micu|sicu|cvicu|ccu|itu)'] },
  { spec: 'Emergency', families: ['Registered Nurse', 'Physician'], patterns: ['(er|emergency|emergency department|emergency room|a and e|trauma|emergency medicine|urgent care)'] },
  { spec: 'Operating Room', families: ['Registered Nurse'], patterns: ['(operating room|perioperative|periop|surgical|surgery|theatre|theater|scrub|circulating|pacu|post anesthesia)'] },
  { spec: 'Med-Surg', families: ['Registered Nurse'], patterns: ['(med surg|medical surgical|medsurg|med / surg)'] },
  { spec: 'Labor & Delivery', families: ['Registered Nurse'], patterns: ['(labor and delivery|labour and delivery|l and d|maternity|obstetrics|mother baby|postpartum|midwife)'] },
  { spec: 'NICU', families: ['Registered Nurse'], patterns: ['(nicu|neonatal)'] },
  { spec: 'Pediatrics', families: ['Registered Nurse', 'Physician', 'Nurse Practitioner'], patterns: ['(pediatric|pediatrics|paediatric|paediatrics|picu|pediatrician|paediatrician|children s)'] },
  { spec: 'Oncology', families: ['Registered Nurse', 'Physician'], patterns: ['(oncology|oncologist|cancer|chemotherapy|chemo|hematology oncology)'] },
  { spec: 'Telemetry', families: ['Registered Nurse'], patterns: ['(telemetry|tele|step down|stepdown|progressive care|pcu|cardiac|cardiovascular|cath lab)'] },
  { spec: 'Home Health', families: ['Registered Nurse', 'Caregiver'], patterns: ['(home health|home care|hospice|palliative|visiting|community|district)'] },
  { spec: 'Psychiatric', families: ['Registered Nurse', 'Nurse Practitioner'], patterns: ['(psychiatric|psych|behavioral health|behavioural health|mental health)'] },
  { spec: 'Travel', families: ['Registered Nurse', 'Physical Therapist', 'Occupational Therapist'], patterns: ['(travel|travelling|traveling)'], weak: true },
  { spec: 'Family Medicine', families: ['Physician', 'Nurse Practitioner'], patterns: ['(family medicine|family practice|general practitioner|gp|primary care|family)'] },
  { spec: 'Internal Medicine', families: ['Physician'], patterns: ['(internal medicine|internist)'] },
  { spec: 'Hospitalist', families: ['Physician'], patterns: ['(hospitalist|hospital medicine)'] },
  { spec: 'Psychiatry', families: ['Physician'], patterns: ['(psychiatrist|psychiatry)'] },
  { spec: 'Anesthesiology', families: ['Physician'], patterns: ['(anesthesiologist|anaesthetist|anesthesiology|anaesthesia|anesthesia)'] },
  { spec: 'Radiology', families: ['Physician'], patterns: ['(radiologist|radiology|interventional radiology)'] },
  { spec: 'Surgery', families: ['Physician'], patterns: ['(surgeon|surgery|surgical)'] },
  { spec: 'Cardiology', families: ['Physician'], patterns: ['(cardiologist|cardiology)'] },
  { spec: 'Neurology', families: ['Physician'], patterns: ['(neurologist|neurology)'] },
  { spec: 'Obstetrics & Gynecology', families: ['Physician'], patterns: ['(ob gyn|obgyn|obstetrics|gynecology|gynaecology|obstetrician|gynecologist|gynaecologist)'] },
  { spec: 'Preschool', families: ['Teacher', 'Teaching Assistant'], patterns: ['(preschool|pre k|pre school|nursery|kindergarten|early years|early childhood|montessori|eyfs|pre primary)'] },
  { spec: 'Elementary', families: ['Teacher', 'Teaching Assistant'], patterns: ['(elementary|primary|prt|grade school|ks1|ks2|key stage 1|key stage 2)'] },
  { spec: 'Secondary', families: ['Teacher'], patterns: ['(secondary|high school|middle school|gcse|a level|tgt|pgt|ks3|ks4|sixth form)'] },
  { spec: 'Special Education', families: ['Teacher', 'Teaching Assistant'], patterns: ['(special education|sped|special needs|sen|send|special ed|learning support|intervention)'] },
  { spec: 'ESL', families: ['Teacher'], patterns: ['(esl|efl|tefl|tesol|esol|english as a second language|english language)'] },
  { spec: 'CDL-A', families: ['Truck Driver'], patterns: ['(class a|cdl a|class a cdl|cdla|class 1|c + e|hgv 1|hgv class 1)'] },
];

// ---------------------------------------------------------------------------------------------
// Level markers
// ---------------------------------------------------------------------------------------------

/**
 * Markers read from the level text (the title without the words that name the occupation).
 * Longer phrases come first; a matched phrase is removed before shorter ones are read.
 */
export type Marker =
  | 'intern' | 'trainee' | 'entry' | 'junior' | 'graduate' | 'associate' | 'assistant' | 'mid' | 'senior' | 'lead'
  | 'founding' | 'staff' | 'senior_staff' | 'principal' | 'distinguished' | 'fellow' | 'manager'
  | 'senior_manager' | 'group' | 'director' | 'head' | 'gm' | 'vp' | 'avp' | 'svp' | 'evp' | 'chief'
  | 'founder' | 'president' | 'md' | 'ed' | 'analyst' | 'mts' | 'lead_mts' | 'consulting_mts';

export const LEVEL_MARKERS: readonly { marker: Marker; patterns: readonly string[] }[] = [
  { marker: 'chief', patterns: ['(ceo|cto|cfo|coo|cio|ciso|cpo|cmo|cro|chro|cdo|cso|cao|cco|cxo|cbo|cko|cpto)', 'chief'] },
  { marker: 'founder', patterns: ['(co founder|cofounder|founder|co founders)'] },
  { marker: 'md', patterns: ['managing director', 'managing partner'] },
  { marker: 'ed', patterns: ['executive director'] },
  { marker: 'evp', patterns: ['(evp|executive vp)'] },
  { marker: 'svp', patterns: ['(svp|senior vp|sr vp)'] },
  { marker: 'avp', patterns: ['(avp|assistant vp|associate vp)'] },
  { marker: 'vp', patterns: ['vp'] },
  { marker: 'president', patterns: ['president'] },
  { marker: 'gm', patterns: ['general manager'] },
  { marker: 'director', patterns: ['(senior|associate|assistant|deputy|executive|group|regional|national|global) director', 'director'] },
  { marker: 'lead_mts', patterns: ['lead mts'] },
  { marker: 'consulting_mts', patterns: ['consulting mts'] },
  { marker: 'distinguished', patterns: ['senior principal', 'distinguished', '(technical|senior|google|ibm) fellow'] },
  { marker: 'entry', patterns: ['(research|postdoctoral|postdoc|clinical|teaching|graduate|summer|junior|visiting) fellow'] },
  { marker: 'fellow', patterns: ['fellow'] },
  { marker: 'senior_manager', patterns: ['(senior|group|principal|lead|sr) (manager|mgr)', 'manager ii', 'manager iii', 'senior engineering manager'] },
  { marker: 'manager', patterns: ['(assistant|associate|deputy) manager', '(manager|mgr|supervisor|team leader manager|foreman|superintendent|in charge|incharge)'] },
  { marker: 'head', patterns: ['head'] },
  { marker: 'senior_staff', patterns: ['senior staff'] },
  { marker: 'staff', patterns: ['staff'] },
  { marker: 'principal', patterns: ['principal'] },
  { marker: 'lead', patterns: ['(tech|technical|team|technology|engineering) (lead|leader)', '(lead|leader)'] },
  { marker: 'founding', patterns: ['founding'] },
  { marker: 'senior', patterns: ['(senior|sr|snr|senior+|experienced|expert)'] },
  { marker: 'mid', patterns: ['(mid|intermediate|mid / senior|mid level|midlevel)'] },
  // graduate and management trainee schemes (and a fresher's trainee post) are salaried entry jobs; any other trainee is an intern
  { marker: 'graduate', patterns: ['(graduate trainee|graduate engineer trainee|management trainee|graduate trainees)'] },
  { marker: 'intern', patterns: ['(intern|interns|internship|werkstudent|co op|coop|placement|industrial placement|apprentice|apprenticeship|summer student|student worker|student assistant|praktikant|stagiaire|trainee intern|vacation student|summer analyst|summer associate)'] },
  { marker: 'trainee', patterns: ['(trainee|trainees)'] },
  { marker: 'graduate', patterns: ['(graduate|grad|graduates|fresher|freshers|campus|university graduate|entry level|entry|early career|new grad|recent graduate|junior|jr|beginner|debutant)'] },
  { marker: 'associate', patterns: ['associate'] },
  { marker: 'assistant', patterns: ['assistant'] },
  { marker: 'analyst', patterns: ['analyst'] },
  { marker: 'group', patterns: ['group'] },
  { marker: 'mts', patterns: ['mts'] },
];

/**
 * Tokens after which a numeral ("II", "3") is a level ("Engineer II", "SDE 2", "Analyst III"); not
 * "Level 3 Support", "Grade 5 Teacher", "Tier 2", "Class 1 Driver".
 */
export const NUMERAL_HOSTS: readonly string[] = [
  'engineer', 'developer', 'scientist', 'analyst', 'sde', 'sdet', 'associate', 'specialist', 'consultant', 'designer',
  'manager', 'administrator', 'technician', 'accountant', 'representative', 'architect', 'programmer', 'officer',
  'researcher', 'coordinator', 'executive', 'recruiter', 'tester', 'mts', 'nurse', 'engineering',
  'advisor', 'adviser', 'generalist', 'partner', 'writer', 'auditor', 'planner', 'buyer', 'agent', 'clerk', 'assistant',
  'professional', 'strategist', 'economist', 'statistician', 'underwriter',
  'paralegal', 'attorney', 'counsel', 'chemist', 'biologist', 'operator', 'mechanic', 'electrician', 'rep',
];

// ---------------------------------------------------------------------------------------------
// Ladders
// ---------------------------------------------------------------------------------------------

/**
 * A company's level ladder. Applied before the generic reading:
 * - grades: whole-title grades ("Senior Systems Engineer" at Infosys = entry), DSL patterns on the title;
 * - numerals: what "II"/"2" means on this ladder (Google SWE II = L3 = entry);
 * - codes: level codes by prefix ("l": {5: 'senior'}, "e": …, "ic": …, "ict": …);
 * - markers: corporate titles that mean something else here (bank "VP" = senior IC);
 * - mts: what a bare "Member of Technical Staff" means here ('unknown' where every level uses it);
 * - plain: the level of an unmarked title of these families (Microsoft "Software Engineer" = 59/60 = entry).
 */
export interface Ladder {
  readonly grades?: readonly { pattern: string; level: Level }[];
  readonly numerals?: Readonly<Partial<Record<number, Level>>>;
  readonly codes?: Readonly<Record<string, Readonly<Partial<Record<number, Level>>>>>;
  readonly markers?: Readonly<Partial<Record<Marker, Level>>>;
  readonly mts?: Level;
  readonly plain?: { readonly level: Level; readonly families: readonly string[] };
}

const GOOGLE_L: Partial<Record<number, Level>> = { 3: 'entry', 4: 'mid', 5: 'senior', 6: 'staff', 7: 'staff', 8: 'staff', 9: 'staff', 10: 'staff', 11: 'staff' };
const META_E: Partial<Record<number, Level>> = { 3: 'entry', 4: 'mid', 5: 'senior', 6: 'staff', 7: 'staff', 8: 'staff', 9: 'staff' };
const AMAZON_L: Partial<Record<number, Level>> = { 4: 'entry', 5: 'mid', 6: 'senior', 7: 'staff', 8: 'staff', 10: 'staff' };
const APPLE_ICT: Partial<Record<number, Level>> = { 2: 'entry', 3: 'mid', 4: 'senior', 5: 'staff', 6: 'staff' };
const ORACLE_IC: Partial<Record<number, Level>> = { 1: 'entry', 2: 'mid', 3: 'senior', 4: 'staff', 5: 'staff', 6: 'staff' };
const MANAGER_M: Partial<Record<number, Level>> = { 0: 'manager', 1: 'manager', 2: 'manager' };
const DIRECTOR_D: Partial<Record<number, Level>> = { 1: 'director', 2: 'director' };
const MTS_LADDER = [
  { pattern: 'associate mts', level: 'entry' as Level },
  { pattern: 'senior mts', level: 'senior' as Level },
  { pattern: 'principal mts', level: 'staff' as Level },
];

/** Generic reading of level codes (no company, or a company without its own). */
export const GENERIC_LADDER: Ladder = {
  numerals: { 1: 'entry', 2: 'mid', 3: 'senior', 4: 'staff', 5: 'staff' },
  codes: { l: GOOGLE_L, e: META_E, ic: META_E, ict: APPLE_ICT, m: MANAGER_M, d: DIRECTOR_D },
};

const BANK_LADDER: Ladder = {
  markers: { analyst: 'entry', associate: 'mid', avp: 'senior', vp: 'senior', svp: 'staff', director: 'staff', ed: 'staff', md: 'exec' },
};

const CONSULTING_LADDER: Ladder = {
  grades: [
    { pattern: '^ senior associate $', level: 'mid' },
    { pattern: '^ associate $', level: 'entry' },
    { pattern: '^ senior consultant', level: 'senior' },
    { pattern: '^ consultant $', level: 'mid' },
    { pattern: '^ (analyst|business analyst) $', level: 'entry' },
  ],
};

export const LADDERS: Readonly<Record<string, Ladder>> = {
  google: { numerals: { 1: 'entry', 2: 'entry', 3: 'mid', 4: 'senior' }, codes: { l: GOOGLE_L } },
  amazon: { numerals: { 1: 'entry', 2: 'mid', 3: 'senior' }, codes: { l: AMAZON_L } },
  meta: { codes: { e: META_E, ic: META_E, m: MANAGER_M, d: DIRECTOR_D } },
  microsoft: {
    numerals: { 1: 'entry', 2: 'mid' },
    grades: [{ pattern: 'partner', level: 'staff' }],
    plain: { level: 'entry', families: ['Software Engineer', 'QA/SDET Engineer', 'Data Scientist', 'Machine Learning Engineer', 'Data Engineer', 'SRE/DevOps Engineer'] },
  },
  apple: { codes: { ict: APPLE_ICT } },
  salesforce: { grades: MTS_LADDER, mts: 'mid' },
  oracle: { grades: [...MTS_LADDER, { pattern: 'consulting mts', level: 'staff' }], mts: 'mid', codes: { ic: ORACLE_IC, m: { 1: 'manager', 2: 'manager', 3: 'manager', 4: 'manager', 5: 'director', 6: 'director' } } },
  vmware: { grades: MTS_LADDER, mts: 'mid' },
  broadcom: { grades: MTS_LADDER, mts: 'mid' },
  openai: { mts: 'unknown' },
  anthropic: { mts: 'unknown' },
  x: { mts: 'unknown' },
  cisco: { grades: [{ pattern: 'technical leader', level: 'staff' }] },
  tcs: {
    grades: [
      { pattern: '^ assistant (system|systems) engineer', level: 'entry' },
      { pattern: '^ (system|systems) engineer', level: 'entry' },
      { pattern: '^ it analyst', level: 'mid' },
      { pattern: '^ assistant consultant', level: 'senior' },
      { pattern: '^ associate consultant', level: 'senior' },
      { pattern: '^ senior consultant', level: 'staff' },
      { pattern: '^ consultant', level: 'staff' },
    ],
  },
  infosys: {
    grades: [
      { pattern: '^ senior (system|systems) engineer', level: 'entry' },
      { pattern: '^ (system|systems) engineer', level: 'entry' },
      { pattern: '^ (digital specialist engineer|specialist programmer|power programmer)', level: 'mid' },
      { pattern: '^ technology analyst', level: 'mid' },
      { pattern: '^ senior technology architect', level: 'staff' },
      { pattern: '^ (technology|technical) architect', level: 'staff' },
      { pattern: '^ (technology|technical) lead', level: 'senior' },
      { pattern: '^ lead consultant', level: 'staff' },
      { pattern: '^ principal consultant', level: 'staff' },
      { pattern: '^ senior consultant', level: 'senior' },
    ],
  },
  wipro: {
    grades: [
      { pattern: '^ senior project engineer', level: 'mid' },
      { pattern: '^ project engineer', level: 'entry' },
      { pattern: '^ senior software engineer', level: 'mid' },
      { pattern: '^ (module|technical|tech) lead', level: 'senior' },
      { pattern: '^ senior architect', level: 'staff' },
      { pattern: '^ (architect|technical architect)', level: 'staff' },
    ],
    plain: { level: 'entry', families: ['Software Engineer'] },
  },
  cognizant: {
    grades: [
      { pattern: '^ programmer analyst', level: 'entry' },
      { pattern: '^ senior associate', level: 'senior' },
      { pattern: '^ associate', level: 'mid' },
    ],
  },
  hcltech: {
    grades: [
      { pattern: '^ graduate engineer trainee', level: 'entry' },
      { pattern: '^ senior software engineer', level: 'mid' },
      { pattern: '^ (senior technical lead|technical architect|senior lead engineer)', level: 'staff' },
      { pattern: '^ (lead engineer|technical lead|tech lead)', level: 'senior' },
    ],
    plain: { level: 'entry', families: ['Software Engineer'] },
  },
  'tech-mahindra': {
    grades: [
      { pattern: '^ associate software engineer', level: 'entry' },
      { pattern: '^ senior software engineer', level: 'mid' },
      { pattern: '^ (tech|technical) lead', level: 'senior' },
    ],
    plain: { level: 'entry', families: ['Software Engineer'] },
  },
  accenture: {
    grades: [
      { pattern: '^ associate software engineer', level: 'entry' },
      { pattern: '^ application development (analyst|associate)', level: 'entry' },
      { pattern: '^ application development senior analyst', level: 'mid' },
      { pattern: '^ senior analyst', level: 'mid' },
      { pattern: '^ analyst $', level: 'entry' },
      { pattern: '^ (team lead|application development team lead)', level: 'senior' },
      { pattern: '^ associate manager', level: 'manager' },
    ],
  },
  capgemini: {
    grades: [
      { pattern: '^ senior analyst', level: 'mid' },
      { pattern: '^ analyst $', level: 'entry' },
      { pattern: '^ senior consultant', level: 'senior' },
      { pattern: '^ consultant $', level: 'mid' },
    ],
  },
  ltimindtree: { grades: [{ pattern: '^ senior software engineer', level: 'mid' }], plain: { level: 'entry', families: ['Software Engineer'] } },
  'publicis-sapient': { grades: [{ pattern: '^ senior associate', level: 'mid' }, { pattern: '^ associate', level: 'entry' }] },
  deloitte: CONSULTING_LADDER,
  pwc: CONSULTING_LADDER,
  ey: CONSULTING_LADDER,
  kpmg: CONSULTING_LADDER,
  'capital-one': {
    grades: [
      { pattern: '^ principal associate', level: 'senior' },
      { pattern: '^ senior associate', level: 'mid' },
      { pattern: '^ associate $', level: 'entry' },
    ],
  },
  bank: BANK_LADDER,
};
