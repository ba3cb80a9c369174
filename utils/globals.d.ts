/** true in the build with detection on all sites pre-granted (e2e tests, npm start) */
declare const __PAYLENS_GRANTED_BUILD__: boolean;
