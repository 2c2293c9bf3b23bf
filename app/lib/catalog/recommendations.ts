type Recommendation = {id: string; selectedOrFirstAvailableVariant?: {availableForSale: boolean} | null};

/** Complementary when there are any (after exclusions), else related; only what can be bought. */
export function pickRecommendations<T extends Recommendation>(
  data: {complementary?: T[] | null; related?: T[] | null},
  {limit, exclude}: {limit: number; exclude: string[]},
): T[] {
  const usable = (list: T[] | null | undefined) =>
    (list ?? []).filter(
      (product) => !exclude.includes(product.id) && product.selectedOrFirstAvailableVariant?.availableForSale,
    );
  const complementary = usable(data.complementary);
  return (complementary.length ? complementary : usable(data.related)).slice(0, limit);
}
