import { defineContentScript } from 'wxt/utils/define-content-script';
import { runJobsScript } from '../utils/content/run';
import { jobsScriptOptions } from '../utils/content/script-options';
import { linkedin } from '../utils/sites/linkedin';

export default defineContentScript({
  ...jobsScriptOptions([linkedin]),
  main: (ctx) => runJobsScript(ctx, [linkedin]),
});
