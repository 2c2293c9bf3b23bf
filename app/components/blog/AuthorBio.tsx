import {blogCopy} from '~/components/blog/copy';

function initials(name: string) {
  return name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((part) => part[0]?.toUpperCase())
    .join('');
}

/** Round monogram standing in for an author photo (the Storefront API has none). */
export function AuthorMonogram({name, size = 'md'}: {name: string; size?: 'sm' | 'md'}) {
  return (
    <span
      aria-hidden="true"
      className={`inline-grid shrink-0 place-items-center rounded-full bg-forest-900 font-extrabold text-stone-50 ${
        size === 'sm' ? 'size-10 text-sm' : 'size-14 text-lg'
      }`}
    >
      {initials(name)}
    </span>
  );
}

/** "About the author", shown after the article when the author has a bio. */
export function AuthorBio({name, bio, className = ''}: {name: string; bio?: string | null; className?: string}) {
  if (!bio) return null;
  return (
    <section aria-labelledby="about-author" className={`rounded-2xl bg-stone-100 p-6 sm:p-8 ${className}`}>
      <h2 id="about-author" className="eyebrow">
        {blogCopy.aboutAuthor}
      </h2>
      <div className="mt-4 flex items-start gap-4">
        <AuthorMonogram name={name} />
        <div>
          <p className="text-lg font-extrabold text-forest-950">{name}</p>
          <p className="mt-1 leading-relaxed text-charcoal-700">{bio}</p>
        </div>
      </div>
    </section>
  );
}
