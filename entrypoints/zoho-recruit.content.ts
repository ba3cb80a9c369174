import { defineContentScript } from 'wxt/utils/define-content-script';
import { runJobsScript } from '../utils/content/run';
import { jobsScriptOptions } from '../utils/content/script-options';
import { zohoRecruit } from '../utils/sites/zoho-recruit';

export default defineContentScript({
  ...jobsScriptOptions([zohoRecruit]),
  main: (ctx) => runJobsScript(ctx, [zohoRecruit]),
});
