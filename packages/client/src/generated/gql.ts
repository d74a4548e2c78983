/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  fragment OrganisationSummary on Organisation {\n    id\n    name\n    kind\n    odsCode\n    region\n    createdAt\n    parent {\n      id\n      name\n    }\n  }\n": typeof types.OrganisationSummaryFragmentDoc,
    "\n  fragment OrganisationDetails on Organisation {\n    id\n    name\n    kind\n    odsCode\n    region\n    createdAt\n    updatedAt\n    parent {\n      id\n      name\n      kind\n    }\n  }\n": typeof types.OrganisationDetailsFragmentDoc,
    "\n  query Organisations(\n    $first: Int\n    $after: String\n    $last: Int\n    $before: String\n    $filter: OrganisationFilter\n    $orderBy: OrganisationOrder\n  ) {\n    organisations(first: $first, after: $after, last: $last, before: $before, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...OrganisationSummary\n        }\n      }\n    }\n  }\n": typeof types.OrganisationsDocument,
    "\n  query OrganisationOptions($search: String, $first: Int!) {\n    organisations(first: $first, filter: { search: $search }, orderBy: { field: NAME, direction: ASC }) {\n      edges {\n        node {\n          id\n          name\n          kind\n        }\n      }\n    }\n  }\n": typeof types.OrganisationOptionsDocument,
    "\n  query Organisation($id: ID!) {\n    organisation(id: $id) {\n      ...OrganisationDetails\n    }\n  }\n": typeof types.OrganisationDocument,
    "\n  mutation CreateOrganisation($input: CreateOrganisationInput!) {\n    createOrganisation(input: $input) {\n      organisation {\n        ...OrganisationDetails\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n": typeof types.CreateOrganisationDocument,
    "\n  mutation UpdateOrganisation($input: UpdateOrganisationInput!) {\n    updateOrganisation(input: $input) {\n      organisation {\n        ...OrganisationDetails\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n": typeof types.UpdateOrganisationDocument,
    "\n  query Viewer {\n    viewer {\n      user {\n        id\n        name\n        email\n        role\n      }\n    }\n  }\n": typeof types.ViewerDocument,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      viewer {\n        user {\n          id\n          name\n          email\n          role\n        }\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n": typeof types.LoginDocument,
    "\n  mutation Logout {\n    logout {\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n": typeof types.LogoutDocument,
};
const documents: Documents = {
    "\n  fragment OrganisationSummary on Organisation {\n    id\n    name\n    kind\n    odsCode\n    region\n    createdAt\n    parent {\n      id\n      name\n    }\n  }\n": types.OrganisationSummaryFragmentDoc,
    "\n  fragment OrganisationDetails on Organisation {\n    id\n    name\n    kind\n    odsCode\n    region\n    createdAt\n    updatedAt\n    parent {\n      id\n      name\n      kind\n    }\n  }\n": types.OrganisationDetailsFragmentDoc,
    "\n  query Organisations(\n    $first: Int\n    $after: String\n    $last: Int\n    $before: String\n    $filter: OrganisationFilter\n    $orderBy: OrganisationOrder\n  ) {\n    organisations(first: $first, after: $after, last: $last, before: $before, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...OrganisationSummary\n        }\n      }\n    }\n  }\n": types.OrganisationsDocument,
    "\n  query OrganisationOptions($search: String, $first: Int!) {\n    organisations(first: $first, filter: { search: $search }, orderBy: { field: NAME, direction: ASC }) {\n      edges {\n        node {\n          id\n          name\n          kind\n        }\n      }\n    }\n  }\n": types.OrganisationOptionsDocument,
    "\n  query Organisation($id: ID!) {\n    organisation(id: $id) {\n      ...OrganisationDetails\n    }\n  }\n": types.OrganisationDocument,
    "\n  mutation CreateOrganisation($input: CreateOrganisationInput!) {\n    createOrganisation(input: $input) {\n      organisation {\n        ...OrganisationDetails\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n": types.CreateOrganisationDocument,
    "\n  mutation UpdateOrganisation($input: UpdateOrganisationInput!) {\n    updateOrganisation(input: $input) {\n      organisation {\n        ...OrganisationDetails\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n": types.UpdateOrganisationDocument,
    "\n  query Viewer {\n    viewer {\n      user {\n        id\n        name\n        email\n        role\n      }\n    }\n  }\n": types.ViewerDocument,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      viewer {\n        user {\n          id\n          name\n          email\n          role\n        }\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n": types.LoginDocument,
    "\n  mutation Logout {\n    logout {\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n": types.LogoutDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OrganisationSummary on Organisation {\n    id\n    name\n    kind\n    odsCode\n    region\n    createdAt\n    parent {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment OrganisationSummary on Organisation {\n    id\n    name\n    kind\n    odsCode\n    region\n    createdAt\n    parent {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OrganisationDetails on Organisation {\n    id\n    name\n    kind\n    odsCode\n    region\n    createdAt\n    updatedAt\n    parent {\n      id\n      name\n      kind\n    }\n  }\n"): (typeof documents)["\n  fragment OrganisationDetails on Organisation {\n    id\n    name\n    kind\n    odsCode\n    region\n    createdAt\n    updatedAt\n    parent {\n      id\n      name\n      kind\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Organisations(\n    $first: Int\n    $after: String\n    $last: Int\n    $before: String\n    $filter: OrganisationFilter\n    $orderBy: OrganisationOrder\n  ) {\n    organisations(first: $first, after: $after, last: $last, before: $before, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...OrganisationSummary\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Organisations(\n    $first: Int\n    $after: String\n    $last: Int\n    $before: String\n    $filter: OrganisationFilter\n    $orderBy: OrganisationOrder\n  ) {\n    organisations(first: $first, after: $after, last: $last, before: $before, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...OrganisationSummary\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrganisationOptions($search: String, $first: Int!) {\n    organisations(first: $first, filter: { search: $search }, orderBy: { field: NAME, direction: ASC }) {\n      edges {\n        node {\n          id\n          name\n          kind\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query OrganisationOptions($search: String, $first: Int!) {\n    organisations(first: $first, filter: { search: $search }, orderBy: { field: NAME, direction: ASC }) {\n      edges {\n        node {\n          id\n          name\n          kind\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Organisation($id: ID!) {\n    organisation(id: $id) {\n      ...OrganisationDetails\n    }\n  }\n"): (typeof documents)["\n  query Organisation($id: ID!) {\n    organisation(id: $id) {\n      ...OrganisationDetails\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateOrganisation($input: CreateOrganisationInput!) {\n    createOrganisation(input: $input) {\n      organisation {\n        ...OrganisationDetails\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateOrganisation($input: CreateOrganisationInput!) {\n    createOrganisation(input: $input) {\n      organisation {\n        ...OrganisationDetails\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateOrganisation($input: UpdateOrganisationInput!) {\n    updateOrganisation(input: $input) {\n      organisation {\n        ...OrganisationDetails\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateOrganisation($input: UpdateOrganisationInput!) {\n    updateOrganisation(input: $input) {\n      organisation {\n        ...OrganisationDetails\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Viewer {\n    viewer {\n      user {\n        id\n        name\n        email\n        role\n      }\n    }\n  }\n"): (typeof documents)["\n  query Viewer {\n    viewer {\n      user {\n        id\n        name\n        email\n        role\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      viewer {\n        user {\n          id\n          name\n          email\n          role\n        }\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      viewer {\n        user {\n          id\n          name\n          email\n          role\n        }\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout {\n    logout {\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation Logout {\n    logout {\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;