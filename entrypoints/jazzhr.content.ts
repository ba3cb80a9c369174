import { defineContentScript } from 'wxt/utils/define-content-script';
import { runJobsScript } from '../utils/content/run';
import { jobsScriptOptions } from '../utils/content/script-options';
import { jazzhr } from '../utils/sites/jazzhr';

export default defineContentScript({
  ...jobsScriptOptions([jazzhr]),
  main: (ctx) => runJobsScript(ctx, [jazzhr]),
});
