import { defineContentScript } from 'wxt/utils/define-content-script';
import { runJobsScript } from '../utils/content/run';
import { jobsScriptOptions } from '../utils/content/script-options';
import { foundit } from '../utils/sites/foundit';

export default defineContentScript({
  ...jobsScriptOptions([foundit]),
  main: (ctx) => runJobsScript(ctx, [foundit]),
});
