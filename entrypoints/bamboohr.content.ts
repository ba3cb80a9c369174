import { defineContentScript } from 'wxt/utils/define-content-script';
import { runJobsScript } from '../utils/content/run';
import { jobsScriptOptions } from '../utils/content/script-options';
import { bamboohr } from '../utils/sites/bamboohr';

export default defineContentScript({
  ...jobsScriptOptions([bamboohr]),
  main: (ctx) => runJobsScript(ctx, [bamboohr]),
});
