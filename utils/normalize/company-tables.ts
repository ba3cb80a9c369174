/**
 * Data for the company normaliser: legal-form suffixes by country, the words a subsidiary adds to
 * its parent's name ("Amazon Development Centre India", "Microsoft India (R&D)"), the canonical
 * employers with their aliases, and ATS board slugs that are not simply the company's name.
 *
 * Keys are in the normaliser's key form (see `companyKey` in company.ts): lower case ASCII,
 * "&" → "and", "." and "'" dropped ("J.P. Morgan" → "jp morgan"), other punctuation → space.
 */

/**
 * Legal-form suffixes, in key form, removed (repeatedly) from the end of a name. Multi-word forms
 * are listed before their tails ("private limited" before "limited").
 */
export const LEGAL_SUFFIXES: readonly string[] = [
  // India / UK / Commonwealth
  'private limited', 'pvt limited', 'pvt ltd', 'pvt', 'p ltd', 'public limited company', 'limited', 'ltd',
  'plc', 'llp', 'pty ltd', 'pty limited', 'pty', 'pte ltd', 'pte limited', 'pte', 'sdn bhd', 'bhd',
  'limited liability partnership', 'opc',
  // US
  'incorporated', 'inc', 'llc', 'l l c', 'lllp', 'lp', 'l p', 'pllc', 'pc', 'pbc', 'corporation', 'corp',
  'company', 'co', 'and co', 'and company', 'na', 'n a', 'fsb', 'dba',
  // Germany / Austria / Switzerland
  'gmbh and co kg', 'gmbh and co kgaa', 'ag and co kg', 'se and co kg', 'kgaa', 'gmbh', 'ggmbh', 'mbh',
  'ag', 'kg', 'ohg', 'ug haftungsbeschrankt', 'ug', 'ev', 'e v', 'se',
  // France / Belgium / Luxembourg
  'sas', 's a s', 'sasu', 'sarl', 's a r l', 'eurl', 'sa', 's a', 'sca', 'snc', 'sprl', 'bv', 'b v', 'nv', 'n v',
  // Italy / Spain / Portugal / Latin America
  'spa', 's p a', 'srl', 's r l', 'sl', 's l', 'slu', 'ltda', 'sa de cv', 's a de c v', 'sapi de cv', 'sa de rl',
  's de rl de cv', 'sab de cv', 'sab', 'eireli', 'me', 'sc',
  // Nordics / Baltics
  'oy', 'oyj', 'ab publ', 'ab', 'a s', 'as', 'asa', 'aps', 'hf', 'ehf', 'uab', 'sia', 'ou',
  // Central / Eastern Europe
  'sp z o o', 'sp z oo', 'sp zoo', 'spzoo', 'sp k', 'sro', 's r o', 'spol s r o', 'doo', 'd o o', 'kft', 'zrt', 'nyrt', 'srl',
  'ooo', 'oao', 'zao', 'pao', 'jsc', 'ojsc', 'tov', 'ad', 'ead', 'dd',
  // Asia-Pacific
  'kk', 'k k', 'kabushiki kaisha', 'godo kaisha', 'gk', 'yk', 'co ltd', 'co limited', 'tbk', 'pt', 'jsc',
  'sdn', 'company limited', 'corp ltd',
];

/**
 * Words a subsidiary or division adds after the parent's name. A name that is a known employer
 * followed only by these words is that employer ("Amazon Web Services", "Google Cloud India").
 */
export const SUBSIDIARY_WORDS: readonly string[] = [
  'india', 'us', 'usa', 'america', 'americas', 'north', 'south', 'uk', 'united', 'kingdom', 'states', 'europe',
  'emea', 'apac', 'asia', 'pacific', 'global', 'international', 'worldwide', 'germany', 'deutschland', 'france',
  'ireland', 'canada', 'australia', 'japan', 'singapore', 'china', 'brasil', 'brazil', 'mexico', 'netherlands',
  'poland', 'spain', 'italy', 'israel', 'switzerland', 'sweden', 'korea', 'philippines', 'romania', 'czech',
  'hungary', 'east', 'west', 'middle', 'latam', 'nordics', 'services', 'service', 'solutions', 'technologies',
  'technology', 'tech', 'labs', 'lab', 'research', 'development', 'dev', 'r', 'd', 'rd', 'r and d', 'center',
  'centre', 'centers', 'centres', 'web', 'cloud', 'data', 'digital', 'software', 'systems', 'operations', 'holdings',
  'holding', 'group', 'corporate', 'enterprise', 'enterprises', 'retail', 'payments', 'internet', 'online',
  'consulting', 'support', 'business', 'capability', 'innovation', 'engineering', 'hub', 'gcc', 'gsc', 'gbs',
  'shared', 'delivery', 'fulfillment', 'fulfilment', 'logistics', 'transport', 'ventures', 'worldwide', 'com',
  'bank', 'banking', 'securities', 'markets', 'and', 'of', 'the', 'private', 'public', 'sector',
];

export interface CompanyEntry {
  /** Stable slug ("google", "jpmorgan"). */
  readonly id: string;
  /** Canonical display name. */
  readonly name: string;
  /** Other names in key form (the id and the display name's key are implied). */
  readonly aliases?: readonly string[];
}

/** Canonical employers: big tech, Indian IT services and startups, banks, consulting, global startups. */
export const COMPANIES: readonly CompanyEntry[] = [
  // --- big tech
  { id: 'google', name: 'Google', aliases: ['alphabet', 'google cloud', 'google deepmind', 'deepmind', 'youtube', 'waymo', 'x development'] },
  { id: 'amazon', name: 'Amazon', aliases: ['amazon com', 'amazoncom', 'amazon com services', 'amazon web services', 'aws', 'amazon development centre', 'amazon development center', 'adci', 'amazon data services', 'amazon fulfillment', 'amazon logistics', 'amazon seller services', 'amazon transportation services', 'amazon advertising', 'amazon corporate', 'a2z development center', 'amazon pay', 'amazon lab126', 'lab126'] },
  { id: 'meta', name: 'Meta', aliases: ['meta platforms', 'facebook', 'facebook india online services', 'instagram', 'whatsapp', 'oculus', 'meta reality labs'] },
  { id: 'microsoft', name: 'Microsoft', aliases: ['microsoft india r and d', 'microsoft india rd', 'microsoft ireland operations', 'microsoft research', 'msft', 'microsoft idc'] },
  { id: 'apple', name: 'Apple', aliases: ['apple computer', 'apple operations'] },
  { id: 'netflix', name: 'Netflix' },
  { id: 'nvidia', name: 'NVIDIA', aliases: ['nvidia graphics'] },
  { id: 'intel', name: 'Intel', aliases: ['intel technology india', 'intel americas'] },
  { id: 'amd', name: 'AMD', aliases: ['advanced micro devices', 'xilinx'] },
  { id: 'qualcomm', name: 'Qualcomm', aliases: ['qualcomm technologies', 'qualcomm india', 'qualcomm innovation center'] },
  { id: 'broadcom', name: 'Broadcom' },
  { id: 'vmware', name: 'VMware' },
  { id: 'cisco', name: 'Cisco', aliases: ['cisco systems'] },
  { id: 'oracle', name: 'Oracle', aliases: ['oracle america', 'oracle financial services software', 'oracle cerner', 'cerner'] },
  { id: 'salesforce', name: 'Salesforce', aliases: ['salesforce com', 'salesforcecom', 'slack technologies', 'tableau software', 'mulesoft'] },
  { id: 'sap', name: 'SAP', aliases: ['sap labs', 'sap labs india', 'sap america'] },
  { id: 'adobe', name: 'Adobe', aliases: ['adobe systems'] },
  { id: 'ibm', name: 'IBM', aliases: ['international business machines', 'ibm india', 'red hat'] },
  { id: 'dell', name: 'Dell Technologies', aliases: ['dell', 'dell emc', 'emc'] },
  { id: 'hp', name: 'HP', aliases: ['hp inc', 'hewlett packard', 'hp india sales'] },
  { id: 'hpe', name: 'Hewlett Packard Enterprise', aliases: ['hpe', 'hewlett packard enterprise', 'hp enterprise', 'aruba networks'] },
  { id: 'linkedin', name: 'LinkedIn' },
  { id: 'github', name: 'GitHub' },
  { id: 'uber', name: 'Uber', aliases: ['uber technologies'] },
  { id: 'lyft', name: 'Lyft' },
  { id: 'airbnb', name: 'Airbnb' },
  { id: 'tesla', name: 'Tesla', aliases: ['tesla motors'] },
  { id: 'spacex', name: 'SpaceX', aliases: ['space exploration technologies'] },
  { id: 'x', name: 'X', aliases: ['twitter', 'x corp', 'xai', 'x ai'] },
  { id: 'snap', name: 'Snap', aliases: ['snapchat'] },
  { id: 'pinterest', name: 'Pinterest' },
  { id: 'reddit', name: 'Reddit' },
  { id: 'spotify', name: 'Spotify' },
  { id: 'bytedance', name: 'ByteDance', aliases: ['tiktok'] },
  { id: 'samsung', name: 'Samsung', aliases: ['samsung electronics', 'samsung research', 'samsung semiconductor', 'samsung r and d institute india'] },
  { id: 'intuit', name: 'Intuit' },
  { id: 'paypal', name: 'PayPal' },
  { id: 'ebay', name: 'eBay' },
  { id: 'atlassian', name: 'Atlassian' },
  { id: 'shopify', name: 'Shopify' },
  { id: 'servicenow', name: 'ServiceNow' },
  { id: 'workday', name: 'Workday' },
  { id: 'booking', name: 'Booking.com', aliases: ['booking com', 'booking holdings'] },
  { id: 'walmart', name: 'Walmart', aliases: ['wal mart', 'walmart global tech', 'walmart labs', 'wal mart associates', 'walmart associates', 'walmart stores'] },
  { id: 'target', name: 'Target', aliases: ['target corporation india'] },
  { id: 'bloomberg', name: 'Bloomberg', aliases: ['bloomberg lp', 'bloomberg l p'] },
  // --- AI labs and startups
  { id: 'openai', name: 'OpenAI', aliases: ['openai opco', 'open ai', 'openai global'] },
  { id: 'anthropic', name: 'Anthropic' },
  { id: 'databricks', name: 'Databricks' },
  { id: 'snowflake', name: 'Snowflake', aliases: ['snowflake computing'] },
  { id: 'stripe', name: 'Stripe' },
  { id: 'figma', name: 'Figma' },
  { id: 'notion', name: 'Notion', aliases: ['notion labs'] },
  { id: 'scale-ai', name: 'Scale AI', aliases: ['scale ai', 'scaleai'] },
  { id: 'mistral-ai', name: 'Mistral AI', aliases: ['mistral', 'mistral ai'] },
  { id: 'cohere', name: 'Cohere' },
  { id: 'hugging-face', name: 'Hugging Face', aliases: ['huggingface'] },
  { id: 'coinbase', name: 'Coinbase' },
  { id: 'robinhood', name: 'Robinhood', aliases: ['robinhood markets'] },
  { id: 'doordash', name: 'DoorDash', aliases: ['doordash usa'] },
  { id: 'instacart', name: 'Instacart', aliases: ['maplebear'] },
  { id: 'dropbox', name: 'Dropbox' },
  { id: 'cloudflare', name: 'Cloudflare' },
  { id: 'datadog', name: 'Datadog' },
  { id: 'palantir', name: 'Palantir', aliases: ['palantir technologies'] },
  { id: 'rippling', name: 'Rippling', aliases: ['people center'] },
  { id: 'ramp', name: 'Ramp', aliases: ['ramp business'] },
  { id: 'plaid', name: 'Plaid' },
  { id: 'canva', name: 'Canva' },
  { id: 'revolut', name: 'Revolut' },
  { id: 'wise', name: 'Wise', aliases: ['transferwise', 'wise payments'] },
  { id: 'zalando', name: 'Zalando' },
  { id: 'delivery-hero', name: 'Delivery Hero' },
  // --- India: product companies and startups (legal names differ from brands)
  { id: 'flipkart', name: 'Flipkart', aliases: ['flipkart internet', 'flipkart india', 'instakart services'] },
  { id: 'myntra', name: 'Myntra', aliases: ['myntra designs'] },
  { id: 'swiggy', name: 'Swiggy', aliases: ['bundl technologies'] },
  { id: 'zomato', name: 'Zomato', aliases: ['eternal', 'blinkit', 'grofers'] },
  { id: 'paytm', name: 'Paytm', aliases: ['one97 communications', 'one 97 communications'] },
  { id: 'phonepe', name: 'PhonePe' },
  { id: 'razorpay', name: 'Razorpay', aliases: ['razorpay software'] },
  { id: 'ola', name: 'Ola', aliases: ['ani technologies', 'ola cabs', 'ola electric mobility'] },
  { id: 'cred', name: 'CRED', aliases: ['dreamplug technologies'] },
  { id: 'meesho', name: 'Meesho', aliases: ['fashnear technologies'] },
  { id: 'zepto', name: 'Zepto', aliases: ['kiranakart technologies'] },
  { id: 'freshworks', name: 'Freshworks', aliases: ['freshdesk'] },
  { id: 'zoho', name: 'Zoho', aliases: ['zoho corporation'] },
  { id: 'inmobi', name: 'InMobi' },
  { id: 'reliance-jio', name: 'Jio Platforms', aliases: ['jio', 'reliance jio', 'reliance jio infocomm', 'jio platforms'] },
  // --- Indian IT services and global consulting
  { id: 'tcs', name: 'Tata Consultancy Services', aliases: ['tcs', 'tata consultancy services', 'tata consultancy'] },
  { id: 'infosys', name: 'Infosys', aliases: ['infosys technologies', 'infosys bpm', 'infosys consulting'] },
  { id: 'wipro', name: 'Wipro', aliases: ['wipro technologies', 'wipro infotech'] },
  { id: 'hcltech', name: 'HCLTech', aliases: ['hcl', 'hcl technologies', 'hcltech', 'hcl tech', 'hcl america'] },
  { id: 'tech-mahindra', name: 'Tech Mahindra', aliases: ['techmahindra', 'tech m', 'mahindra satyam'] },
  { id: 'cognizant', name: 'Cognizant', aliases: ['cognizant technology solutions'] },
  { id: 'accenture', name: 'Accenture', aliases: ['accenture solutions', 'accenture federal services'] },
  { id: 'capgemini', name: 'Capgemini', aliases: ['capgemini technology services', 'capgemini america', 'capgemini engineering', 'altran'] },
  { id: 'ltimindtree', name: 'LTIMindtree', aliases: ['lti', 'ltimindtree', 'larsen and toubro infotech', 'l and t infotech', 'mindtree'] },
  { id: 'mphasis', name: 'Mphasis' },
  { id: 'hexaware', name: 'Hexaware', aliases: ['hexaware technologies'] },
  { id: 'persistent', name: 'Persistent Systems', aliases: ['persistent systems', 'persistent'] },
  { id: 'coforge', name: 'Coforge', aliases: ['niit technologies'] },
  { id: 'publicis-sapient', name: 'Publicis Sapient', aliases: ['sapient', 'publicis sapient', 'sapient consulting'] },
  { id: 'deloitte', name: 'Deloitte', aliases: ['deloitte consulting', 'deloitte touche tohmatsu', 'deloitte usi', 'deloitte and touche', 'deloitte shared services'] },
  { id: 'pwc', name: 'PwC', aliases: ['pricewaterhousecoopers', 'pwc us', 'pricewaterhousecoopers service delivery center'] },
  { id: 'ey', name: 'EY', aliases: ['ernst and young', 'ey global delivery services', 'ey gds'] },
  { id: 'kpmg', name: 'KPMG', aliases: ['kpmg global services'] },
  { id: 'mckinsey', name: 'McKinsey & Company', aliases: ['mckinsey', 'mckinsey and company'] },
  { id: 'bcg', name: 'Boston Consulting Group', aliases: ['bcg', 'boston consulting group', 'the boston consulting group'] },
  { id: 'bain', name: 'Bain & Company', aliases: ['bain', 'bain and company'] },
  { id: 'genpact', name: 'Genpact' },
  // --- banks and financial services
  { id: 'jpmorgan', name: 'JPMorgan Chase', aliases: ['jpmorgan', 'jp morgan', 'jpmorgan chase', 'jp morgan chase', 'jpmorganchase', 'jpmc', 'chase', 'jpmorgan chase bank', 'jp morgan services india', 'jpmorgan services india'] },
  { id: 'goldman-sachs', name: 'Goldman Sachs', aliases: ['goldman sachs', 'goldman'] },
  { id: 'morgan-stanley', name: 'Morgan Stanley', aliases: ['morgan stanley', 'morgan stanley advantage services'] },
  { id: 'citi', name: 'Citi', aliases: ['citigroup', 'citibank', 'citicorp', 'citi group'] },
  { id: 'bank-of-america', name: 'Bank of America', aliases: ['bank of america', 'bofa', 'bofa securities', 'merrill lynch', 'merrill', 'bank of america merrill lynch'] },
  { id: 'wells-fargo', name: 'Wells Fargo' },
  { id: 'barclays', name: 'Barclays', aliases: ['barclays bank', 'barclays global service centre', 'barclays capital'] },
  { id: 'hsbc', name: 'HSBC', aliases: ['hsbc bank', 'hsbc software development', 'hsbc technology'] },
  { id: 'deutsche-bank', name: 'Deutsche Bank', aliases: ['deutsche bank', 'deutsche india'] },
  { id: 'ubs', name: 'UBS', aliases: ['ubs business solutions', 'credit suisse'] },
  { id: 'standard-chartered', name: 'Standard Chartered', aliases: ['standard chartered', 'standard chartered bank'] },
  { id: 'bnp-paribas', name: 'BNP Paribas' },
  { id: 'societe-generale', name: 'Société Générale', aliases: ['societe generale', 'socgen'] },
  { id: 'nomura', name: 'Nomura' },
  { id: 'capital-one', name: 'Capital One', aliases: ['capital one', 'capitalone'] },
  { id: 'american-express', name: 'American Express', aliases: ['american express', 'amex', 'american express travel related services'] },
  { id: 'visa', name: 'Visa' },
  { id: 'mastercard', name: 'Mastercard' },
  { id: 'blackrock', name: 'BlackRock' },
  { id: 'fidelity', name: 'Fidelity Investments', aliases: ['fidelity', 'fmr', 'fidelity investments'] },
  { id: 'state-street', name: 'State Street' },
  { id: 'bny', name: 'BNY', aliases: ['bny mellon', 'bank of new york mellon', 'the bank of new york mellon'] },
  { id: 'hdfc-bank', name: 'HDFC Bank' },
  { id: 'icici-bank', name: 'ICICI Bank' },
];

/** Company ids whose titles follow the investment-bank corporate ladder (Analyst < Associate < AVP < VP < Director/ED < MD). */
export const BANK_IDS: readonly string[] = [
  'jpmorgan', 'goldman-sachs', 'morgan-stanley', 'citi', 'bank-of-america', 'wells-fargo', 'barclays', 'hsbc',
  'deutsche-bank', 'ubs', 'standard-chartered', 'bnp-paribas', 'societe-generale', 'nomura', 'blackrock',
  'state-street', 'bny', 'fidelity', 'hdfc-bank', 'icici-bank',
];

/** Names that say the company is hidden: no id, no name. */
export const HIDDEN_COMPANY_KEYS: readonly string[] = [
  'confidential', 'company confidential', 'confidential company', 'undisclosed', 'stealth', 'stealth startup',
  'stealth mode', 'stealth mode startup', 'hiring company', 'private company', 'anonymous', 'n a', 'na', 'none',
  'null', 'undefined', 'not disclosed', 'not specified', 'unknown', 'various', 'our client', 'client of',
  'leading company', 'a leading company', 'top mnc', 'mnc', 'reputed company', 'well known company',
];

/**
 * ATS board slugs that are not the company's name in key form. Keyed by ATS ("greenhouse",
 * "lever", "ashby", "workday", "smartrecruiters", …) then slug (lower case); value: company id or
 * a display name for companies not in COMPANIES.
 */
export const ATS_SLUGS: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  greenhouse: {
    doordashusa: 'doordash', scaleai: 'scale-ai', airbnb: 'airbnb', robinhood: 'robinhood', coinbase: 'coinbase',
    stripe: 'stripe', figma: 'figma', databricks: 'databricks', pinterest: 'pinterest', reddit: 'reddit',
    cloudflare: 'cloudflare', datadog: 'datadog', dropbox: 'dropbox', instacart: 'instacart', lyft: 'lyft',
    anthropic: 'anthropic', gitlab: 'GitLab', twitch: 'Twitch', discord: 'Discord', brex: 'Brex',
    gusto: 'Gusto', asana: 'Asana', mongodb: 'MongoDB', okta: 'Okta', twilio: 'Twilio', robloxinc: 'Roblox',
    roblox: 'Roblox', epicgames: 'Epic Games', airtable: 'Airtable', samsara: 'Samsara', flexport: 'Flexport',
    affirm: 'Affirm', chime: 'Chime', squarespace: 'Squarespace', hubspotjobs: 'HubSpot', hubspot: 'HubSpot',
    elastic: 'Elastic', vercel: 'Vercel', andurilindustries: 'Anduril', anduril: 'Anduril', waymo: 'google',
    deepmind: 'google', xai: 'x', spacex: 'spacex', nuro: 'Nuro', benchling: 'Benchling', webflow: 'Webflow',
    grammarly: 'Grammarly', duolingo: 'Duolingo', phonepe: 'phonepe', razorpaysoftwareprivatelimited: 'razorpay',
    groww: 'Groww', postman: 'Postman', browserstack: 'BrowserStack', cred: 'cred', meesho: 'meesho',
    sharechat: 'ShareChat', inmobi: 'inmobi', zeptonow: 'zepto', freshworks: 'freshworks',
  },
  lever: {
    netflix: 'netflix', palantir: 'palantir', spotify: 'spotify', mistral: 'mistral-ai', zoox: 'Zoox',
    plaid: 'plaid', ramp: 'ramp', attentive: 'Attentive', kraken: 'Kraken', outreach: 'Outreach',
    cred: 'cred', meesho: 'meesho', paytm: 'paytm', swiggy: 'swiggy', zeta: 'Zeta', jumpcloud: 'JumpCloud',
  },
  ashby: {
    openai: 'openai', notion: 'notion', ramp: 'ramp', linear: 'Linear', vercel: 'Vercel', cohere: 'cohere',
    supabase: 'Supabase', deel: 'Deel', replit: 'Replit', perplexity: 'Perplexity', 'perplexity-ai': 'Perplexity',
    anysphere: 'Cursor', cursor: 'Cursor', harvey: 'Harvey', elevenlabs: 'ElevenLabs', 'hugging-face': 'hugging-face',
    rippling: 'rippling', modal: 'Modal', runway: 'Runway', 'scale-ai': 'scale-ai', zepto: 'zepto',
  },
  workday: {
    nvidia: 'nvidia', salesforce: 'salesforce', walmart: 'walmart', adobe: 'adobe', intel: 'intel', cisco: 'cisco',
    workday: 'workday', mastercard: 'mastercard', visa: 'visa', 'wd-walmart': 'walmart', ms: 'morgan-stanley',
    morganstanley: 'morgan-stanley', gs: 'goldman-sachs', jpmc: 'jpmorgan', jpmorganchase: 'jpmorgan', citi: 'citi',
    bankofamerica: 'bank-of-america', bofa: 'bank-of-america', wf: 'wells-fargo', wellsfargo: 'wells-fargo',
    barclays: 'barclays', hsbc: 'hsbc', db: 'deutsche-bank', capitalone: 'capital-one', amex: 'american-express',
    aexp: 'american-express', dell: 'dell', hp: 'hp', hpe: 'hpe', broadcom: 'broadcom', vmware: 'vmware',
    amd: 'amd', qualcomm: 'qualcomm', target: 'target', accenture: 'accenture', pwc: 'pwc', ey: 'ey', kpmg: 'kpmg',
    deloitte: 'deloitte', samsung: 'samsung', intuit: 'intuit', paypal: 'paypal', ebay: 'ebay', sap: 'sap',
    ibm: 'ibm', oracle: 'oracle', boeing: 'Boeing', 'bp': 'BP', '3m': '3M', 'ge': 'GE', geaerospace: 'GE Aerospace',
    'mdlz': 'Mondelēz International', 'pfizer': 'Pfizer', 'bristolmyerssquibb': 'Bristol Myers Squibb',
  },
  smartrecruiters: {
    visa: 'visa', bosch: 'Bosch', ikea: 'IKEA', 'ubisoft2': 'Ubisoft', ubisoft: 'Ubisoft', wise: 'wise',
    'servicenow': 'servicenow', 'equinix': 'Equinix', 'sanofi': 'Sanofi',
  },
};
