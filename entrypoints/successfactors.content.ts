import { defineContentScript } from 'wxt/utils/define-content-script';
import { runJobsScript } from '../utils/content/run';
import { jobsScriptOptions } from '../utils/content/script-options';
import { successfactors } from '../utils/sites/successfactors';

export default defineContentScript({
  ...jobsScriptOptions([successfactors]),
  main: (ctx) => runJobsScript(ctx, [successfactors]),
});
