import type { UrlRow } from '../url-table';

export const rows: UrlRow[] = [
  { url: 'https://efgh.fa.us2.oraclecloud.com/hcmUI/CandidateExperience/en/sites/CX_1/job/20931', adapter: 'oracle', kind: 'job', jobKey: 'oracle:efgh/20931' },
  { url: 'https://efgh.fa.us2.oraclecloud.com/hcmUI/CandidateExperience/en/sites/CX_1/job/20931/?utm_medium=jobshare', adapter: 'oracle', kind: 'job', jobKey: 'oracle:efgh/20931' },
  { url: 'https://efgh.fa.us2.oraclecloud.com/hcmUI/CandidateExperience/en/sites/CX_1/requisitions/preview/20931', adapter: 'oracle', kind: 'job', jobKey: 'oracle:efgh/20931' },
  { url: 'https://eeho.fa.us2.oraclecloud.com/hcmUI/CandidateExperience/en/sites/jobsearch/job/253312', adapter: 'oracle', kind: 'job', jobKey: 'oracle:eeho/253312' },
  { url: 'https://efgh.fa.us2.oraclecloud.com/hcmUI/CandidateExperience/en/sites/CX_1/requisitions?keyword=analyst', adapter: 'oracle', kind: 'listing' },
  { url: 'https://efgh.fa.us2.oraclecloud.com/hcmUI/CandidateExperience/en/sites/CX_1', adapter: 'oracle', kind: 'listing' },
  { url: 'https://efgh.fa.us2.oraclecloud.com/hcmUI/CandidateExperience/en/sites/CX_1/job/20931/apply/section/1', adapter: null, kind: 'none' },
  { url: 'https://efgh.fa.us2.oraclecloud.com/hcmUI/faces/FuseWelcome', adapter: null, kind: 'none' },
  { url: 'https://www.oracle.com/careers/', adapter: null, kind: 'none' },
];
