/**
 * On the embedded default there is no Shopify to talk to, yet Hydrogen's Analytics.Provider always
 * loads Shopify's Customer Privacy API (and, after consent, its perf kit) from cdn.shopify.com, and
 * waits for it before publishing any event. This inline script, rendered only on the embedded
 * default, stands in for those scripts: when Hydrogen appends a cdn.shopify.com <script>, nothing
 * is fetched; for the Customer Privacy API a local object with the same methods is installed the
 * way the real script installs itself, and the script's `load` event fires.
 *
 * The stand-in reports "no analytics processing", so Hydrogen's Shopify handlers send nothing to
 * Shopify (their `hasUserConsent` is false) and set no Shopify cookies; whether *our* events flow
 * is decided by the visitor's choice in our own banner (Analytics.Provider's `canTrack`).
 */
export const OFFLINE_CUSTOMER_PRIVACY_SCRIPT = `(function () {
  var CDN = 'https://cdn.shopify.com/';
  var CONSENT_API = 'consent-tracking-api';
  var no = function () { return false; };
  var standIn = {
    setTrackingConsent: function (_consent, callback) { if (typeof callback === 'function') callback({}); },
    getTrackingConsent: function () { return 'no_interaction'; },
    currentVisitorConsent: function () { return {marketing: 'no', analytics: 'no', preferences: 'no', sale_of_data: 'no'}; },
    analyticsProcessingAllowed: no,
    marketingAllowed: no,
    preferencesProcessingAllowed: no,
    saleOfDataAllowed: no,
    firstPartyMarketingAllowed: no,
    thirdPartyMarketingAllowed: no,
    shouldShowBanner: no,
    shouldShowGDPRBanner: no,
    shouldShowCCPABanner: no,
    userCanBeTracked: no,
    getRegion: function () { return ''; }
  };
  // After load, once the browser is idle: hydration of streamed content has had its turn.
  var whenLoaded = function (callback) {
    var idle = function () {
      if (window.requestIdleCallback) window.requestIdleCallback(function () { callback(); });
      else setTimeout(callback, 200);
    };
    if (document.readyState === 'complete') idle();
    else window.addEventListener('load', idle, {once: true});
  };
  var append = Node.prototype.appendChild;
  Node.prototype.appendChild = function (node) {
    if (node && node.tagName === 'SCRIPT' && typeof node.src === 'string' && node.src.indexOf(CDN) === 0) {
      var isConsentApi = node.src.indexOf(CONSENT_API) !== -1;
      // Later, as a real script would arrive: Hydrogen watches window.Shopify from an effect that
      // runs after the one that appends the script, and readiness changes the analytics state,
      // which must wait until streamed content has hydrated.
      whenLoaded(function () {
        if (isConsentApi && !(window.Shopify && window.Shopify.customerPrivacy)) {
          window.Shopify = {};
          window.Shopify.customerPrivacy = standIn;
        }
        node.dispatchEvent(new Event('load'));
      });
      return node;
    }
    return append.call(this, node);
  };
})();`;
