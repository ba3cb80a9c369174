/**
 * Amazon Jobs: www.amazon.jobs/<lang>/jobs/<id>/<slug> (lang "en", "en-gb", "de"…), the
 * search /<lang>/search (the listing). Pay is in the description ("base pay for this position
 * ranges from $129,300/year in our lowest geographic market up to $223,600/year…"); the hiring
 * entity ("Amazon Web Services, Inc.") is shown beside the job id.
 *
 * Built from knowledge of the site's markup (h1.title, .details-line with .location-icon
 * list items and "Job ID: … | <entity>", #job-detail-body sections; .job-tile search cards).
 * No real page was saved.
 */
import { defineAtsAdapter } from './fields';
import { cleanText, textOf } from './dom';

const HOST = /^(www\.)?amazon\.jobs$/;
const JOB_PATH = /^\/(?:[a-z]{2}(?:-[a-z]{2})?\/)?jobs\/(\d{5,12})(?:\/[^/]*)?\/?$/i;
const LIST_PATH = /^\/(?:[a-z]{2}(?:-[a-z]{2})?\/)?search\/?$/i;

export const amazon = defineAtsAdapter({
  id: 'amazon',
  matches: ['https://www.amazon.jobs/*', 'https://amazon.jobs/*'],
  parseJob(url) {
    const m = HOST.test(url.hostname) ? JOB_PATH.exec(url.pathname) : null;
    return m ? { id: m[1]! } : null;
  },
  isListingPage: (url) => HOST.test(url.hostname) && LIST_PATH.test(url.pathname),
  ready: 'h1.title, #job-detail h1, main h1',
  selectors: {
    title: ['h1.title', '#job-detail h1', 'main h1'],
    locations: ['.location-icon li', '.association.location-icon li'],
    location: ['.location-icon li', '.location-icon'],
    pay: ['#job-detail-body', '.job-detail-body', '#job-detail .section'],
  },
  override(doc) {
    // "Job ID: 2781234 | Amazon Web Services, Inc."
    const idLine = textOf(doc, ['.job-id-icon', '.details-line .job-id'], 300);
    const entity = idLine?.split('|')[1];
    return { company: cleanText(entity, 200) ?? 'Amazon' };
  },
  card: {
    selector: '.job-tile, .job-card',
    title: ['h3.job-title', '.job-title', 'h3'],
    location: ['.location-and-id li', '.location-and-id', '.location'],
  },
});
