import {Link} from '@remix-run/react';
import {policyPath} from '~/lib/shop/policies';

/** Links to the shop's published policies (the footer, /policies), each styled by the caller. */
export function PolicyLinks({
  policies,
  className,
  linkClassName,
}: {
  policies: Array<{handle: string; title: string}>;
  className: string;
  linkClassName: string;
}) {
  return (
    <ul className={className}>
      {policies.map((policy) => (
        <li key={policy.handle}>
          <Link to={policyPath(policy.handle)} className={linkClassName}>
            {policy.title}
          </Link>
        </li>
      ))}
    </ul>
  );
}
