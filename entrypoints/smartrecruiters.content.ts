import { defineContentScript } from 'wxt/utils/define-content-script';
import { runJobsScript } from '../utils/content/run';
import { jobsScriptOptions } from '../utils/content/script-options';
import { smartrecruiters } from '../utils/sites/smartrecruiters';

export default defineContentScript({
  ...jobsScriptOptions([smartrecruiters]),
  main: (ctx) => runJobsScript(ctx, [smartrecruiters]),
});
