import { defineContentScript } from 'wxt/utils/define-content-script';
import { runJobsScript } from '../utils/content/run';
import { jobsScriptOptions } from '../utils/content/script-options';
import { glassdoor } from '../utils/sites/glassdoor';

export default defineContentScript({
  ...jobsScriptOptions([glassdoor]),
  main: (ctx) => runJobsScript(ctx, [glassdoor]),
});
