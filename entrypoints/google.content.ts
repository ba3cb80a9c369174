import { defineContentScript } from 'wxt/utils/define-content-script';
import { runJobsScript } from '../utils/content/run';
import { jobsScriptOptions } from '../utils/content/script-options';
import { google } from '../utils/sites/google';

export default defineContentScript({
  ...jobsScriptOptions([google]),
  main: (ctx) => runJobsScript(ctx, [google]),
});
