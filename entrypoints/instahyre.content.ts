import { defineContentScript } from 'wxt/utils/define-content-script';
import { runJobsScript } from '../utils/content/run';
import { jobsScriptOptions } from '../utils/content/script-options';
import { instahyre } from '../utils/sites/instahyre';

export default defineContentScript({
  ...jobsScriptOptions([instahyre]),
  main: (ctx) => runJobsScript(ctx, [instahyre]),
});
