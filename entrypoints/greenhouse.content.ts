import { defineContentScript } from 'wxt/utils/define-content-script';
import { runJobsScript } from '../utils/content/run';
import { jobsScriptOptions } from '../utils/content/script-options';
import { greenhouse } from '../utils/sites/greenhouse';

export default defineContentScript({
  ...jobsScriptOptions([greenhouse]),
  main: (ctx) => runJobsScript(ctx, [greenhouse]),
});
