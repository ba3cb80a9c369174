import type { UrlRow } from '../url-table';

export const rows: UrlRow[] = [
  { url: 'https://tidewater.wd5.myworkdayjobs.com/en-US/External/job/Pune-MH-IND/Senior-Data-Engineer_R-104233', adapter: 'workday', kind: 'job', jobKey: 'workday:tidewater/R-104233' },
  { url: 'https://tidewater.wd5.myworkdayjobs.com/en-US/External/job/Remote-USA/Staff-Analytics-Engineer_R-104871', adapter: 'workday', kind: 'job', jobKey: 'workday:tidewater/R-104871' },
  { url: 'https://autodesk.wd1.myworkdayjobs.com/en-US/Ext/job/Montreal-QC-CAN/Senior-Industry-Strategy-Manager---Content-Creation_24WD81528', adapter: 'workday', kind: 'job', jobKey: 'workday:autodesk/24WD81528' },
  // the canonical link drops the location segment; some tenants have no locale segment
  { url: 'https://autodesk.wd1.myworkdayjobs.com/en-US/Ext/job/Senior-Industry-Strategy-Manager---Content-Creation_24WD81528', adapter: 'workday', kind: 'job', jobKey: 'workday:autodesk/24WD81528' },
  { url: 'https://nvidia.wd5.myworkdayjobs.com/NVIDIAExternalCareerSite/job/US-CA-Santa-Clara/GPU-System-Software-Engineer_JR1987054', adapter: 'workday', kind: 'job', jobKey: 'workday:nvidia/JR1987054' },
  { url: 'https://intel.wd1.myworkdayjobs.com/External/details/Verification-Lead_R4041410-1', adapter: 'workday', kind: 'job', jobKey: 'workday:intel/R4041410-1' },
  { url: 'https://wd3.myworkdaysite.com/recruiting/tidewater/External/job/Bengaluru-KA-IND/Platform-Engineer_R-105002', adapter: 'workday', kind: 'job', jobKey: 'workday:tidewater/R-105002' },
  { url: 'https://wd3.myworkdaysite.com/en-US/recruiting/tidewater/External/job/Platform-Engineer_R-105002', adapter: 'workday', kind: 'job', jobKey: 'workday:tidewater/R-105002' },
  { url: 'https://tidewater.wd5.myworkdayjobs.com/en-US/External', adapter: 'workday', kind: 'listing' },
  { url: 'https://zillow.wd5.myworkdayjobs.com/Zillow_Group_External?q=engineer&locations=abc', adapter: 'workday', kind: 'listing' },
  { url: 'https://wd3.myworkdaysite.com/recruiting/tidewater/External', adapter: 'workday', kind: 'listing' },
  { url: 'https://tidewater.wd5.myworkdayjobs.com/en-US/External/job/Pune-MH-IND/Senior-Data-Engineer_R-104233/apply', adapter: null, kind: 'none' },
  { url: 'https://tidewater.wd5.myworkdayjobs.com/en-US/External/userHome', adapter: null, kind: 'none' },
  { url: 'https://tidewater.wd5.myworkdayjobs.com/', adapter: null, kind: 'none' },
  { url: 'https://tidewater.wd5.myworkdayjobs.com/wday/cxs/tidewater/External/jobs', adapter: null, kind: 'none' },
  { url: 'https://www.myworkday.com/tidewater/d/home.htmld', adapter: null, kind: 'none' },
  { url: 'https://www.workday.com/en-us/company/careers/overview.html', adapter: null, kind: 'none' },
];
