import type {ShopPolicyRecord, ShopRecord} from '../../content/types';
import type {ImageTransform} from '../../images/urls';
import type {StorefrontContext} from '../context';
import {imageSrc, mediaImage, storefrontUrl, type ImageObject} from './common';
import type {ResolverMap} from './types';

const US = {
  __typename: 'Country',
  isoCode: 'US',
  name: 'United States',
  unitSystem: 'IMPERIAL_SYSTEM',
};
const EN = {__typename: 'Language', isoCode: 'EN', name: 'English', endonymName: 'English'};

function market() {
  return {__typename: 'Market', id: 'gid://shopify/Market/1', handle: 'us', _metafields: []};
}

function currency(code: string) {
  const names: Record<string, [string, string]> = {
    USD: ['United States Dollar', '$'],
    EUR: ['Euro', '€'],
    GBP: ['British Pound', '£'],
    CAD: ['Canadian Dollar', '$'],
  };
  const [name, symbol] = names[code] ?? [code, code];
  return {__typename: 'Currency', isoCode: code, name, symbol};
}

function country(ctx: StorefrontContext) {
  return {
    ...US,
    currency: currency(ctx.content.shop.currencyCode),
    availableLanguages: [EN],
    market: market(),
  };
}

function paymentSettings(ctx: StorefrontContext) {
  const code = ctx.content.shop.currencyCode;
  return {
    __typename: 'PaymentSettings',
    acceptedCardBrands: ['VISA', 'MASTERCARD', 'AMERICAN_EXPRESS', 'DISCOVER'],
    cardVaultUrl: `${ctx.origin}/sessions`,
    countryCode: 'US',
    currencyCode: code,
    enabledPresentmentCurrencies: [code],
    shopifyPaymentsAccountId: null,
    supportedDigitalWallets: [],
  };
}

function policy(shop: ShopRecord, type: string) {
  return shop._policies.find((p) => p.type === type) ?? null;
}

export const shopResolvers: ResolverMap = {
  QueryRoot: {
    shop: (_root, _args, ctx) => ctx.content.shop,
    localization: (_root, _args, ctx) => ({
      __typename: 'Localization',
      availableCountries: [country(ctx)],
      availableLanguages: [EN],
      country: country(ctx),
      language: EN,
      market: market(),
    }),
    paymentSettings: (_root, _args, ctx) => paymentSettings(ctx),
    publicApiVersions: () =>
      ['2024-07', '2024-10', '2025-01', '2025-04', 'unstable'].map((handle) => ({
        __typename: 'ApiVersion',
        handle,
        displayName: handle === '2025-04' ? '2025-04 (Latest)' : handle,
        supported: true,
      })),
  },
  Shop: {
    moneyFormat: (shop: ShopRecord) => (shop.currencyCode === 'USD' ? '${{amount}}' : `{{amount}} ${shop.currencyCode}`),
    primaryDomain: (shop: ShopRecord) => {
      const url = new URL(shop.primaryDomainUrl);
      return {
        __typename: 'Domain',
        url: shop.primaryDomainUrl,
        host: url.host,
        sslEnabled: url.protocol === 'https:',
      };
    },
    brand: (shop: ShopRecord) => ({
      __typename: 'Brand',
      slogan: shop._brand.slogan,
      shortDescription: shop._brand.shortDescription,
      colors: {__typename: 'BrandColors', primary: [], secondary: []},
      logo: mediaImage(shop._brand.logo),
      squareLogo: mediaImage(shop._brand.logo),
      coverImage: null,
    }),
    paymentSettings: (_shop, _args, ctx) => paymentSettings(ctx),
    privacyPolicy: (shop: ShopRecord) => policy(shop, 'privacyPolicy'),
    refundPolicy: (shop: ShopRecord) => policy(shop, 'refundPolicy'),
    shippingPolicy: (shop: ShopRecord) => policy(shop, 'shippingPolicy'),
    termsOfService: (shop: ShopRecord) => policy(shop, 'termsOfService'),
    subscriptionPolicy: (shop: ShopRecord) => policy(shop, 'subscriptionPolicy'),
    shipsToCountries: () => ['US'],
    shopPayInstallmentsPricing: () => null,
  },
  ShopPolicy: {
    url: (p: ShopPolicyRecord, _args, ctx) => storefrontUrl(ctx, `/policies/${p.handle}`),
  },
  ShopPolicyWithDefault: {
    url: (p: ShopPolicyRecord, _args, ctx) => storefrontUrl(ctx, `/policies/${p.handle}`),
  },
  Count: {
    precision: (c: {precision?: string}) => c.precision ?? 'EXACT',
  },
  Image: {
    url: (image: ImageObject, args: {transform?: ImageTransform | null}, ctx) =>
      imageSrc(ctx, image, args.transform),
    src: (image: ImageObject, _args, ctx) => imageSrc(ctx, image),
    originalSrc: (image: ImageObject, _args, ctx) => imageSrc(ctx, image),
    transformedSrc: (image: ImageObject, args: ImageTransform, ctx) => imageSrc(ctx, image, args),
  },
};
