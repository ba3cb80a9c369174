import { defineContentScript } from 'wxt/utils/define-content-script';
import { runJobsScript } from '../../utils/content/run';
import { jobsScriptOptions } from '../../utils/content/script-options';
import { embeddedAts } from '../../utils/sites/embedded-ats';
import { generic } from '../../utils/sites/generic';

// Every other site, once the user opts in (registered at run time): ATS boards embedded in
// company pages, then any schema.org JobPosting.
export default defineContentScript({
  ...jobsScriptOptions([]),
  main: (ctx) => runJobsScript(ctx, [embeddedAts], generic),
});
