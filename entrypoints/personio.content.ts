import { defineContentScript } from 'wxt/utils/define-content-script';
import { runJobsScript } from '../utils/content/run';
import { jobsScriptOptions } from '../utils/content/script-options';
import { personio } from '../utils/sites/personio';

export default defineContentScript({
  ...jobsScriptOptions([personio]),
  main: (ctx) => runJobsScript(ctx, [personio]),
});
