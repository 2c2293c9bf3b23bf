import {Link, NavLink} from '@remix-run/react';
import {useOptimisticCart} from '@shopify/hydrogen';
import type {ReactNode} from 'react';
import type {CartApiQueryFragment, LayoutHeaderQuery} from 'storefrontapi.generated';
import type {VisitorCart} from '~/lib/cart/visitor-cart';
import {useVisitorCart} from '~/components/cart/use-visitor-cart';
import {isExternalUrl, menuItemPath} from '~/lib/shop/menu';
import {BrandMark} from '~/components/layout/BrandMark';
import {PredictiveSearch} from '~/components/search/PredictiveSearch';
import {openCartFromLink} from '~/components/cart/drawer-events';
import {MobileMenu} from '~/components/layout/MobileMenu';
import {AccountLink} from '~/components/layout/AccountLink';

type Menu = LayoutHeaderQuery['menu'];

export function SiteHeader({
  shopName,
  menu,
  ownDomains,
  cart,
  accounts,
}: {
  shopName: string;
  menu: Menu;
  ownDomains: Array<string | null | undefined>;
  /** The cart from the shell's last reload, if any (see useVisitorCart). */
  cart: VisitorCart | undefined;
  /** Whether the store has customer accounts (the account link then shows who is signed in). */
  accounts: boolean;
}) {
  const items = menu?.items ?? [];
  return (
    <header className="sticky top-0 z-40 border-b border-stone-200 bg-stone-50/95 backdrop-blur">
      <div className="container-page flex h-14 items-center gap-2 md:h-16 md:gap-4">
        <MobileMenu label="Open menu">
          <nav
            aria-label="Main"
            className="absolute left-0 top-12 w-72 rounded-lg border border-stone-200 bg-white p-3 shadow-xl"
          >
            <MenuTree
              variant="phone"
              items={items}
              ownDomains={ownDomains}
              last={
                <li className="mt-2 border-t border-stone-200 pt-2">
                  <AccountLink accounts={accounts} placement="menu" />
                </li>
              }
            />
          </nav>
        </MobileMenu>

        <Link to="/" prefetch="intent" className="flex items-center gap-2 whitespace-nowrap font-display text-base font-extrabold tracking-tight text-forest-900 sm:text-lg">
          <BrandMark className="size-7" />
          <span>{shopName}</span>
        </Link>

        <nav aria-label="Main" className="ml-6 hidden md:block">
          <MenuTree variant="bar" items={items} ownDomains={ownDomains} />
        </nav>

        <div className="ml-auto flex items-center gap-1">
          <PredictiveSearch />
          <AccountLink accounts={accounts} placement="bar" />
          <HeaderCartLink fromShell={cart} />
        </div>
      </div>
    </header>
  );
}

/** A link with no count until the cart is known, and while Shopify cannot say. */
function HeaderCartLink({fromShell}: {fromShell: VisitorCart | undefined}) {
  const cart = useVisitorCart(fromShell);
  return cart && !cart.unavailable ? <OptimisticCartLink cart={cart.cart} /> : <CartLink count={null} />;
}

/** The count follows adds, updates and removals the moment they are sent, not after the cart reloads. */
function OptimisticCartLink({cart}: {cart: CartApiQueryFragment | null}) {
  const optimistic = useOptimisticCart(cart);
  return <CartLink count={optimistic?.totalQuantity ?? 0} />;
}

function CartLink({count}: {count: number | null}) {
  const label =
    count === null ? 'Cart' : `Cart, ${count} ${count === 1 ? 'item' : 'items'}`;
  return (
    <Link to="/cart" className="icon-btn relative" aria-label={label} data-testid="cart-link" onClick={openCartFromLink}>
      <svg aria-hidden="true" viewBox="0 0 24 24" className="size-5">
        <path d="M5 7h14l-1.2 11.2a2 2 0 0 1-2 1.8H8.2a2 2 0 0 1-2-1.8L5 7Z" fill="none" stroke="currentColor" strokeWidth="2" strokeLinejoin="round" />
        <path d="M9 7V6a3 3 0 0 1 6 0v1" fill="none" stroke="currentColor" strokeWidth="2" />
      </svg>
      <span
        data-testid="cart-count"
        className={`absolute -right-0.5 -top-0.5 grid min-w-5 place-items-center rounded-full bg-clay-700 px-1 text-[11px] font-bold leading-5 text-white ${count ? '' : 'invisible'}`}
      >
        {count ?? 0}
      </span>
    </Link>
  );
}

type MenuItem = NonNullable<Menu>['items'][number] | NonNullable<Menu>['items'][number]['items'][number];

/** How the phone menu (a stacked list) and the desktop bar (sub-items in a drop-down) look. */
const MENU_CLASSES = {
  phone: {
    list: 'space-y-1',
    item: undefined,
    link: 'block rounded px-3 py-2 font-semibold hover:bg-stone-100',
    children: 'ml-3 border-l border-stone-200 pl-2',
    childLink: 'block rounded px-3 py-1.5 text-sm text-charcoal-700 hover:bg-stone-100',
  },
  bar: {
    list: 'flex items-center gap-1',
    item: 'group relative',
    link: 'nav-link',
    // The drop-down opens on hover and on keyboard focus inside the item.
    children:
      'invisible absolute left-0 top-full z-50 min-w-56 rounded-lg border border-stone-200 bg-white p-2 opacity-0 shadow-xl transition group-focus-within:visible group-focus-within:opacity-100 group-hover:visible group-hover:opacity-100',
    childLink: 'block rounded px-3 py-2 text-sm hover:bg-stone-100',
  },
};

/** The main menu, one level of sub-items deep. */
function MenuTree({
  variant,
  items,
  ownDomains,
  last,
}: {
  variant: keyof typeof MENU_CLASSES;
  items: NonNullable<Menu>['items'];
  ownDomains: Array<string | null | undefined>;
  /** An entry after the menu's own items. */
  last?: ReactNode;
}) {
  const classes = MENU_CLASSES[variant];
  return (
    <ul className={classes.list}>
      {items.map((item) => (
        <li key={item.id} className={classes.item}>
          <MenuLink item={item} ownDomains={ownDomains} className={classes.link} />
          {item.items.length ? (
            <ul className={classes.children}>
              {item.items.map((child) => (
                <li key={child.id}>
                  <MenuLink item={child} ownDomains={ownDomains} className={classes.childLink} />
                </li>
              ))}
            </ul>
          ) : null}
        </li>
      ))}
      {last}
    </ul>
  );
}

export function MenuLink({
  item,
  ownDomains,
  className,
}: {
  item: MenuItem;
  ownDomains: Array<string | null | undefined>;
  className?: string;
}) {
  const href = menuItemPath(item.url, ownDomains);
  // An editor's link that is not safe to follow is shown as plain text.
  if (href === null) return <span className={className}>{item.title}</span>;
  if (isExternalUrl(href)) {
    return (
      <a href={href} className={className} rel="noopener noreferrer">
        {item.title}
      </a>
    );
  }
  return (
    <NavLink to={href} prefetch="intent" end className={className}>
      {item.title}
    </NavLink>
  );
}
