import { defineContentScript } from 'wxt/utils/define-content-script';
import { runJobsScript } from '../utils/content/run';
import { jobsScriptOptions } from '../utils/content/script-options';
import { rippling } from '../utils/sites/rippling';

export default defineContentScript({
  ...jobsScriptOptions([rippling]),
  main: (ctx) => runJobsScript(ctx, [rippling]),
});
