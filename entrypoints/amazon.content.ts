import { defineContentScript } from 'wxt/utils/define-content-script';
import { runJobsScript } from '../utils/content/run';
import { jobsScriptOptions } from '../utils/content/script-options';
import { amazon } from '../utils/sites/amazon';

export default defineContentScript({
  ...jobsScriptOptions([amazon]),
  main: (ctx) => runJobsScript(ctx, [amazon]),
});
