/* eslint-disable eslint-comments/disable-enable-pair */
/* eslint-disable eslint-comments/no-unlimited-disable */
/* eslint-disable */
import type * as AdminAPI from './admin.types';

export type BlogCommentPolicyQueryVariables = AdminAPI.Exact<{
  id: AdminAPI.Scalars['ID']['input'];
}>;

export type BlogCommentPolicyQuery = {
  blog?: AdminAPI.Maybe<Pick<AdminAPI.Blog, 'commentPolicy'>>;
};

export type BlogCommentPolicyByHandleQueryVariables = AdminAPI.Exact<{
  query: AdminAPI.Scalars['String']['input'];
}>;

export type BlogCommentPolicyByHandleQuery = {
  blogs: {nodes: Array<Pick<AdminAPI.Blog, 'id' | 'handle' | 'commentPolicy'>>};
};

export type NewsletterCustomerFragment = Pick<AdminAPI.Customer, 'id'> & {
  emailMarketingConsent?: AdminAPI.Maybe<
    Pick<AdminAPI.CustomerEmailMarketingConsentState, 'marketingState'>
  >;
};

export type NewsletterCustomerQueryVariables = AdminAPI.Exact<{
  query: AdminAPI.Scalars['String']['input'];
}>;

export type NewsletterCustomerQuery = {
  customers: {
    nodes: Array<
      Pick<AdminAPI.Customer, 'id'> & {
        emailMarketingConsent?: AdminAPI.Maybe<
          Pick<AdminAPI.CustomerEmailMarketingConsentState, 'marketingState'>
        >;
      }
    >;
  };
};

export type NewsletterCustomerCreateMutationVariables = AdminAPI.Exact<{
  input: AdminAPI.CustomerInput;
}>;

export type NewsletterCustomerCreateMutation = {
  customerCreate?: AdminAPI.Maybe<{
    customer?: AdminAPI.Maybe<
      Pick<AdminAPI.Customer, 'id'> & {
        emailMarketingConsent?: AdminAPI.Maybe<
          Pick<AdminAPI.CustomerEmailMarketingConsentState, 'marketingState'>
        >;
      }
    >;
    userErrors: Array<Pick<AdminAPI.UserError, 'field' | 'message'>>;
  }>;
};

export type NewsletterConsentUpdateMutationVariables = AdminAPI.Exact<{
  input: AdminAPI.CustomerEmailMarketingConsentUpdateInput;
}>;

export type NewsletterConsentUpdateMutation = {
  customerEmailMarketingConsentUpdate?: AdminAPI.Maybe<{
    customer?: AdminAPI.Maybe<
      Pick<AdminAPI.Customer, 'id'> & {
        emailMarketingConsent?: AdminAPI.Maybe<
          Pick<AdminAPI.CustomerEmailMarketingConsentState, 'marketingState'>
        >;
      }
    >;
    userErrors: Array<
      Pick<
        AdminAPI.CustomerEmailMarketingConsentUpdateUserError,
        'field' | 'message'
      >
    >;
  }>;
};

export type NewsletterSubscriberCountQueryVariables = AdminAPI.Exact<{
  [key: string]: never;
}>;

export type NewsletterSubscriberCountQuery = {
  customersCount?: AdminAPI.Maybe<Pick<AdminAPI.Count, 'count' | 'precision'>>;
};

interface GeneratedQueryTypes {
  '#graphql\n  query BlogCommentPolicy($id: ID!) {\n    blog(id: $id) {\n      commentPolicy\n    }\n  }\n': {
    return: BlogCommentPolicyQuery;
    variables: BlogCommentPolicyQueryVariables;
  };
  '#graphql\n  query BlogCommentPolicyByHandle($query: String!) {\n    blogs(first: 1, query: $query) {\n      nodes {\n        id\n        handle\n        commentPolicy\n      }\n    }\n  }\n': {
    return: BlogCommentPolicyByHandleQuery;
    variables: BlogCommentPolicyByHandleQueryVariables;
  };
  '#graphql\n  query NewsletterCustomer($query: String!) {\n    customers(first: 1, query: $query) {\n      nodes {\n        ...NewsletterCustomer\n      }\n    }\n  }\n  #graphql\n  fragment NewsletterCustomer on Customer {\n    id\n    emailMarketingConsent {\n      marketingState\n    }\n  }\n\n': {
    return: NewsletterCustomerQuery;
    variables: NewsletterCustomerQueryVariables;
  };
  '#graphql\n  query NewsletterSubscriberCount {\n    customersCount(query: "email_subscription_status:SUBSCRIBED") {\n      count\n      precision\n    }\n  }\n': {
    return: NewsletterSubscriberCountQuery;
    variables: NewsletterSubscriberCountQueryVariables;
  };
}

interface GeneratedMutationTypes {
  '#graphql\n  mutation NewsletterCustomerCreate($input: CustomerInput!) {\n    customerCreate(input: $input) {\n      customer {\n        ...NewsletterCustomer\n      }\n      userErrors {\n        field\n        message\n      }\n    }\n  }\n  #graphql\n  fragment NewsletterCustomer on Customer {\n    id\n    emailMarketingConsent {\n      marketingState\n    }\n  }\n\n': {
    return: NewsletterCustomerCreateMutation;
    variables: NewsletterCustomerCreateMutationVariables;
  };
  '#graphql\n  mutation NewsletterConsentUpdate($input: CustomerEmailMarketingConsentUpdateInput!) {\n    customerEmailMarketingConsentUpdate(input: $input) {\n      customer {\n        ...NewsletterCustomer\n      }\n      userErrors {\n        field\n        message\n      }\n    }\n  }\n  #graphql\n  fragment NewsletterCustomer on Customer {\n    id\n    emailMarketingConsent {\n      marketingState\n    }\n  }\n\n': {
    return: NewsletterConsentUpdateMutation;
    variables: NewsletterConsentUpdateMutationVariables;
  };
}
declare module '@shopify/admin-api-client' {
  interface AdminQueries extends GeneratedQueryTypes {}
  interface AdminMutations extends GeneratedMutationTypes {}
}
