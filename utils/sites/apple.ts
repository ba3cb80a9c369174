/**
 * Apple Jobs: jobs.apple.com/<lang-cc>/details/<id>/<slug> (ids "200554363" or
 * "200554363-0836"), the search /<lang-cc>/search (the listing). Pay is in the description
 * ("…base pay range for this role is between $143,100 and $264,200…").
 *
 * Built from knowledge of the site's markup (h1#jdPostingTitle, #job-location-name /
 * [itemprop=addressLocality], #jobNumber, the "pay & benefits" section; search results as
 * links to /details/<id>). No real page was saved.
 */
import { defineAtsAdapter } from './fields';

const HOST = 'jobs.apple.com';
const JOB_PATH = /^\/[a-z]{2}-[a-z]{2}\/details\/(\d{6,12}(?:-\d{1,6})?)(?:\/[^/]*)?\/?$/i;
const LIST_PATH = /^\/[a-z]{2}-[a-z]{2}\/search\/?$/i;

export const apple = defineAtsAdapter({
  id: 'apple',
  matches: ['https://jobs.apple.com/*'],
  parseJob(url) {
    const m = url.hostname === HOST ? JOB_PATH.exec(url.pathname) : null;
    return m ? { id: m[1]! } : null;
  },
  isListingPage: (url) => url.hostname === HOST && LIST_PATH.test(url.pathname),
  ready: '#jdPostingTitle, main h1',
  spa: true,
  selectors: {
    title: ['#jdPostingTitle', '[itemprop="title"]', 'main h1'],
    location: ['#job-location-name', '[itemprop="addressLocality"]'],
    pay: ['[id*="paytransparency"]', '[id*="pay-transparency"]', '#jd-description', 'main'],
  },
  company: () => 'Apple',
  card: {
    selector: 'a[href*="/details/"]',
    // the result link's own text is the title
    title: ['h3'],
  },
});
