import {Form, useActionData, useLoaderData, useNavigation, type MetaFunction} from '@remix-run/react';
import {data, type ActionFunctionArgs, type LoaderFunctionArgs} from '@shopify/remix-oxygen';
import {accountCopy} from '~/components/account/copy';
import {ACCOUNT_HEADERS, parseNameInput} from '~/lib/account/account.server';
import {CUSTOMER_NAME_UPDATE_MUTATION, CUSTOMER_PROFILE_QUERY} from '~/graphql/customer-account/customer-account';
import {readFormData} from '~/lib/forms/read-form.server';

const copy = accountCopy.profile;

export const meta: MetaFunction = () => [{title: copy.title}, {name: 'robots', content: 'noindex'}];

type ActionState = {ok: boolean; message: string; firstName: string; lastName: string};

/** The two fields the form edits: what the browser may fill them with. */
const NAME_FIELDS = [
  {name: 'firstName', id: 'profile-first-name', autoComplete: 'given-name'},
  {name: 'lastName', id: 'profile-last-name', autoComplete: 'family-name'},
] as const;

export async function loader({context}: LoaderFunctionArgs) {
  const {customerAccount} = context;
  if (!customerAccount) return null;
  const {data: result, errors} = await customerAccount.query(CUSTOMER_PROFILE_QUERY);
  if (errors?.length || !result?.customer) throw new Response('Profile could not be loaded', {status: 502});
  return data({customer: result.customer}, {headers: ACCOUNT_HEADERS});
}

/** Saves first and last name; a failure keeps what was typed beside the message. */
export async function action({request, context}: ActionFunctionArgs) {
  const {customerAccount} = context;
  if (!customerAccount) throw new Response('Accounts need a connected store', {status: 404});
  const input = parseNameInput(await readFormData(request));
  const reply = (ok: boolean, message: string, status = 200) =>
    data<ActionState>({ok, message, firstName: input.firstName, lastName: input.lastName}, {status, headers: ACCOUNT_HEADERS});
  if (!input.ok) return reply(false, copy.tooLong, 400);

  const {data: result, errors} = await customerAccount.mutate(CUSTOMER_NAME_UPDATE_MUTATION, {
    variables: {input: {firstName: input.firstName, lastName: input.lastName}},
  });
  const userError = result?.customerUpdate?.userErrors[0]?.message;
  if (errors?.length || !result?.customerUpdate?.customer) return reply(false, userError ?? copy.failed, userError ? 400 : 502);
  return reply(true, copy.saved);
}

export default function Profile() {
  const loaded = useLoaderData<typeof loader>();
  const answer = useActionData<ActionState>();
  const saving = useNavigation().state === 'submitting';
  if (!loaded) return null;
  const {customer} = loaded;
  return (
    <section aria-labelledby="profile-heading" className="max-w-xl">
      <h1 id="profile-heading" className="text-h2">
        {copy.title}
      </h1>
      <Form method="post" className="mt-6 space-y-4">
        {NAME_FIELDS.map((field) => (
          <NameField key={field.name} field={field} value={answer?.[field.name] ?? customer[field.name] ?? ''} />
        ))}
        <p className="text-sm text-charcoal-600">
          <span className="font-semibold">{copy.email}:</span> {customer.emailAddress?.emailAddress} — {copy.emailNote}
        </p>
        <button type="submit" className="btn-primary" disabled={saving}>
          {saving ? copy.saving : copy.save}
        </button>
        <div aria-live="polite">
          {answer ? (
            <p role={answer.ok ? 'status' : 'alert'} className={`rounded-lg p-3 text-sm font-semibold ${answer.ok ? 'bg-forest-50 text-forest-800' : 'bg-clay-100 text-clay-800'}`}>
              {answer.message}
            </p>
          ) : null}
        </div>
      </Form>
    </section>
  );
}

/** One name field, showing what was last typed (or what Shopify has). */
function NameField({field, value}: {field: (typeof NAME_FIELDS)[number]; value: string}) {
  return (
    <div>
      <label htmlFor={field.id} className="block font-semibold">
        {copy[field.name]}
      </label>
      <input
        id={field.id}
        name={field.name}
        autoComplete={field.autoComplete}
        maxLength={255}
        defaultValue={value}
        className="field-input"
      />
    </div>
  );
}
