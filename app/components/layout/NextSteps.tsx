import {Link} from '@remix-run/react';

type Step = {to: string; label: string};

/**
 * The pair of ways on from a dead end (no accounts, no results, a broken cart link): the main
 * way as the clay call to action, the other beside it, so every dead end offers the same choice.
 */
export function NextSteps({primary, secondary, className = ''}: {primary: Step; secondary: Step; className?: string}) {
  return (
    <div className={`mt-8 flex flex-wrap gap-3 ${className}`.trim()}>
      <Link to={primary.to} className="btn-primary">
        {primary.label}
      </Link>
      <Link to={secondary.to} className="btn-secondary">
        {secondary.label}
      </Link>
    </div>
  );
}
