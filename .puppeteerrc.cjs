/** memlab depends on puppeteer, whose install would download a browser: skip it (nothing is reachable but the registry). */
module.exports = { skipDownload: true };
