import { defineContentScript } from 'wxt/utils/define-content-script';
import { runJobsScript } from '../utils/content/run';
import { jobsScriptOptions } from '../utils/content/script-options';
import { teamtailor } from '../utils/sites/teamtailor';

export default defineContentScript({
  ...jobsScriptOptions([teamtailor]),
  main: (ctx) => runJobsScript(ctx, [teamtailor]),
});
