import { defineContentScript } from 'wxt/utils/define-content-script';
import { runJobsScript } from '../utils/content/run';
import { jobsScriptOptions } from '../utils/content/script-options';
import { keka } from '../utils/sites/keka';

export default defineContentScript({
  ...jobsScriptOptions([keka]),
  main: (ctx) => runJobsScript(ctx, [keka]),
});
