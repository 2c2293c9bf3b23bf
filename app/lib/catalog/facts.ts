/**
 * The program facts shown under the title, read from the product's `custom.*` metafields.
 * The keys are the metafield keys the store defines; the labels are what shoppers read.
 */
export const PRODUCT_FACT_KEYS = ['duration', 'level', 'sessions_per_week', 'equipment'] as const;

export type ProductFactKey = (typeof PRODUCT_FACT_KEYS)[number];

export const PRODUCT_FACT_LABELS: Record<ProductFactKey, string> = {
  duration: 'Duration',
  level: 'Level',
  sessions_per_week: 'Sessions / week',
  equipment: 'Equipment',
};

type MetafieldLike = {key: string; value: string} | null | undefined;

/** Facts in a fixed order, skipping any the product does not have. */
export function productFacts(metafields: MetafieldLike[]): Array<{key: ProductFactKey; label: string; value: string}> {
  const byKey = new Map(
    metafields.filter((field): field is {key: string; value: string} => Boolean(field?.value)).map((f) => [f.key, f.value]),
  );
  return PRODUCT_FACT_KEYS.flatMap((key) => {
    const value = byKey.get(key)?.trim();
    return value ? [{key, label: PRODUCT_FACT_LABELS[key], value}] : [];
  });
}
