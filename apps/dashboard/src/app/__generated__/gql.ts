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
    "\n  query Accounts {\n    accounts {\n      id\n      email\n      displayName\n      role\n      isActive\n      hasSecondFactor\n      supervisees {\n        id\n        displayName\n      }\n    }\n  }\n": typeof types.AccountsDocument,
    "\n  fragment SetPasswordLinkFields on SetPasswordLink {\n    url\n    expiresAt\n    clinician {\n      id\n      email\n      displayName\n      role\n      isActive\n      hasSecondFactor\n      supervisees {\n        id\n        displayName\n      }\n    }\n  }\n": typeof types.SetPasswordLinkFieldsFragmentDoc,
    "\n  mutation CreateAccount($input: CreateAccountInput!) {\n    createAccount(input: $input) {\n      ...SetPasswordLinkFields\n    }\n  }\n": typeof types.CreateAccountDocument,
    "\n  mutation ResetPassword($clinicianId: ID!) {\n    resetPassword(clinicianId: $clinicianId) {\n      ...SetPasswordLinkFields\n    }\n  }\n": typeof types.ResetPasswordDocument,
    "\n  mutation DeactivateAccount($clinicianId: ID!) {\n    deactivateAccount(clinicianId: $clinicianId) {\n      id\n      isActive\n    }\n  }\n": typeof types.DeactivateAccountDocument,
    "\n  mutation SetSupervisees($supervisorId: ID!, $superviseeIds: [ID!]!) {\n    setSupervisees(supervisorId: $supervisorId, superviseeIds: $superviseeIds) {\n      id\n      supervisees {\n        id\n        displayName\n      }\n    }\n  }\n": typeof types.SetSuperviseesDocument,
    "\n  mutation SetSecondFactorRequirement($isRequired: Boolean!) {\n    setSecondFactorRequirement(isRequired: $isRequired) {\n      id\n      requiresSecondFactor\n    }\n  }\n": typeof types.SetSecondFactorRequirementDocument,
    "\n  mutation BeginSecondFactorEnrolment {\n    beginSecondFactorEnrolment {\n      secret\n      otpauthUri\n      qrCodeSvg\n    }\n  }\n": typeof types.BeginSecondFactorEnrolmentDocument,
    "\n  mutation ConfirmSecondFactorEnrolment($code: String!) {\n    confirmSecondFactorEnrolment(code: $code) {\n      codes\n    }\n  }\n": typeof types.ConfirmSecondFactorEnrolmentDocument,
    "\n  query AuditEvents($filter: AuditEventFilter, $sort: AuditEventSort, $offset: Int, $limit: Int) {\n    auditEvents(filter: $filter, sort: $sort, offset: $offset, limit: $limit) {\n      totalCount\n      events {\n        id\n        sequence\n        occurredAt\n        actor {\n          id\n          displayName\n        }\n        action\n        entityType\n        entityId\n        clientId\n        requestId\n        outcome\n      }\n    }\n  }\n": typeof types.AuditEventsDocument,
    "\n  query AuditActors {\n    accounts {\n      id\n      displayName\n    }\n  }\n": typeof types.AuditActorsDocument,
    "\n  query AuditEventsCsv($filter: AuditEventFilter, $sort: AuditEventSort) {\n    auditEventsCsv(filter: $filter, sort: $sort)\n  }\n": typeof types.AuditEventsCsvDocument,
    "\n  query VerifyAuditChain {\n    verifyAuditChain {\n      isIntact\n      checkedCount\n      firstBrokenSequence\n      reason\n    }\n  }\n": typeof types.VerifyAuditChainDocument,
    "\n  query Caseload {\n    caseload {\n      id\n      preferredName\n      pronouns\n      status\n      activeGoalCount\n      lastProgressOn\n    }\n  }\n": typeof types.CaseloadDocument,
    "\n  fragment ViewerFields on Viewer {\n    idleExpiresAt\n    expiresAt\n    clinician {\n      id\n      email\n      displayName\n      role\n      hasSecondFactor\n    }\n    practice {\n      id\n      name\n      requiresSecondFactor\n    }\n  }\n": typeof types.ViewerFieldsFragmentDoc,
    "\n  query Viewer {\n    viewer {\n      ...ViewerFields\n    }\n  }\n": typeof types.ViewerDocument,
    "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      status\n      viewer {\n        ...ViewerFields\n      }\n    }\n  }\n": typeof types.SignInDocument,
    "\n  mutation VerifySecondFactor($code: String!) {\n    verifySecondFactor(code: $code) {\n      status\n      viewer {\n        ...ViewerFields\n      }\n    }\n  }\n": typeof types.VerifySecondFactorDocument,
    "\n  mutation ExtendSession {\n    extendSession {\n      ...ViewerFields\n    }\n  }\n": typeof types.ExtendSessionDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": typeof types.SignOutDocument,
    "\n  mutation SetPassword($token: String!, $password: String!) {\n    setPassword(token: $token, password: $password)\n  }\n": typeof types.SetPasswordDocument,
};
const documents: Documents = {
    "\n  query Accounts {\n    accounts {\n      id\n      email\n      displayName\n      role\n      isActive\n      hasSecondFactor\n      supervisees {\n        id\n        displayName\n      }\n    }\n  }\n": types.AccountsDocument,
    "\n  fragment SetPasswordLinkFields on SetPasswordLink {\n    url\n    expiresAt\n    clinician {\n      id\n      email\n      displayName\n      role\n      isActive\n      hasSecondFactor\n      supervisees {\n        id\n        displayName\n      }\n    }\n  }\n": types.SetPasswordLinkFieldsFragmentDoc,
    "\n  mutation CreateAccount($input: CreateAccountInput!) {\n    createAccount(input: $input) {\n      ...SetPasswordLinkFields\n    }\n  }\n": types.CreateAccountDocument,
    "\n  mutation ResetPassword($clinicianId: ID!) {\n    resetPassword(clinicianId: $clinicianId) {\n      ...SetPasswordLinkFields\n    }\n  }\n": types.ResetPasswordDocument,
    "\n  mutation DeactivateAccount($clinicianId: ID!) {\n    deactivateAccount(clinicianId: $clinicianId) {\n      id\n      isActive\n    }\n  }\n": types.DeactivateAccountDocument,
    "\n  mutation SetSupervisees($supervisorId: ID!, $superviseeIds: [ID!]!) {\n    setSupervisees(supervisorId: $supervisorId, superviseeIds: $superviseeIds) {\n      id\n      supervisees {\n        id\n        displayName\n      }\n    }\n  }\n": types.SetSuperviseesDocument,
    "\n  mutation SetSecondFactorRequirement($isRequired: Boolean!) {\n    setSecondFactorRequirement(isRequired: $isRequired) {\n      id\n      requiresSecondFactor\n    }\n  }\n": types.SetSecondFactorRequirementDocument,
    "\n  mutation BeginSecondFactorEnrolment {\n    beginSecondFactorEnrolment {\n      secret\n      otpauthUri\n      qrCodeSvg\n    }\n  }\n": types.BeginSecondFactorEnrolmentDocument,
    "\n  mutation ConfirmSecondFactorEnrolment($code: String!) {\n    confirmSecondFactorEnrolment(code: $code) {\n      codes\n    }\n  }\n": types.ConfirmSecondFactorEnrolmentDocument,
    "\n  query AuditEvents($filter: AuditEventFilter, $sort: AuditEventSort, $offset: Int, $limit: Int) {\n    auditEvents(filter: $filter, sort: $sort, offset: $offset, limit: $limit) {\n      totalCount\n      events {\n        id\n        sequence\n        occurredAt\n        actor {\n          id\n          displayName\n        }\n        action\n        entityType\n        entityId\n        clientId\n        requestId\n        outcome\n      }\n    }\n  }\n": types.AuditEventsDocument,
    "\n  query AuditActors {\n    accounts {\n      id\n      displayName\n    }\n  }\n": types.AuditActorsDocument,
    "\n  query AuditEventsCsv($filter: AuditEventFilter, $sort: AuditEventSort) {\n    auditEventsCsv(filter: $filter, sort: $sort)\n  }\n": types.AuditEventsCsvDocument,
    "\n  query VerifyAuditChain {\n    verifyAuditChain {\n      isIntact\n      checkedCount\n      firstBrokenSequence\n      reason\n    }\n  }\n": types.VerifyAuditChainDocument,
    "\n  query Caseload {\n    caseload {\n      id\n      preferredName\n      pronouns\n      status\n      activeGoalCount\n      lastProgressOn\n    }\n  }\n": types.CaseloadDocument,
    "\n  fragment ViewerFields on Viewer {\n    idleExpiresAt\n    expiresAt\n    clinician {\n      id\n      email\n      displayName\n      role\n      hasSecondFactor\n    }\n    practice {\n      id\n      name\n      requiresSecondFactor\n    }\n  }\n": types.ViewerFieldsFragmentDoc,
    "\n  query Viewer {\n    viewer {\n      ...ViewerFields\n    }\n  }\n": types.ViewerDocument,
    "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      status\n      viewer {\n        ...ViewerFields\n      }\n    }\n  }\n": types.SignInDocument,
    "\n  mutation VerifySecondFactor($code: String!) {\n    verifySecondFactor(code: $code) {\n      status\n      viewer {\n        ...ViewerFields\n      }\n    }\n  }\n": types.VerifySecondFactorDocument,
    "\n  mutation ExtendSession {\n    extendSession {\n      ...ViewerFields\n    }\n  }\n": types.ExtendSessionDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": types.SignOutDocument,
    "\n  mutation SetPassword($token: String!, $password: String!) {\n    setPassword(token: $token, password: $password)\n  }\n": types.SetPasswordDocument,
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
export function graphql(source: "\n  query Accounts {\n    accounts {\n      id\n      email\n      displayName\n      role\n      isActive\n      hasSecondFactor\n      supervisees {\n        id\n        displayName\n      }\n    }\n  }\n"): (typeof documents)["\n  query Accounts {\n    accounts {\n      id\n      email\n      displayName\n      role\n      isActive\n      hasSecondFactor\n      supervisees {\n        id\n        displayName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SetPasswordLinkFields on SetPasswordLink {\n    url\n    expiresAt\n    clinician {\n      id\n      email\n      displayName\n      role\n      isActive\n      hasSecondFactor\n      supervisees {\n        id\n        displayName\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment SetPasswordLinkFields on SetPasswordLink {\n    url\n    expiresAt\n    clinician {\n      id\n      email\n      displayName\n      role\n      isActive\n      hasSecondFactor\n      supervisees {\n        id\n        displayName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateAccount($input: CreateAccountInput!) {\n    createAccount(input: $input) {\n      ...SetPasswordLinkFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateAccount($input: CreateAccountInput!) {\n    createAccount(input: $input) {\n      ...SetPasswordLinkFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetPassword($clinicianId: ID!) {\n    resetPassword(clinicianId: $clinicianId) {\n      ...SetPasswordLinkFields\n    }\n  }\n"): (typeof documents)["\n  mutation ResetPassword($clinicianId: ID!) {\n    resetPassword(clinicianId: $clinicianId) {\n      ...SetPasswordLinkFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeactivateAccount($clinicianId: ID!) {\n    deactivateAccount(clinicianId: $clinicianId) {\n      id\n      isActive\n    }\n  }\n"): (typeof documents)["\n  mutation DeactivateAccount($clinicianId: ID!) {\n    deactivateAccount(clinicianId: $clinicianId) {\n      id\n      isActive\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetSupervisees($supervisorId: ID!, $superviseeIds: [ID!]!) {\n    setSupervisees(supervisorId: $supervisorId, superviseeIds: $superviseeIds) {\n      id\n      supervisees {\n        id\n        displayName\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SetSupervisees($supervisorId: ID!, $superviseeIds: [ID!]!) {\n    setSupervisees(supervisorId: $supervisorId, superviseeIds: $superviseeIds) {\n      id\n      supervisees {\n        id\n        displayName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetSecondFactorRequirement($isRequired: Boolean!) {\n    setSecondFactorRequirement(isRequired: $isRequired) {\n      id\n      requiresSecondFactor\n    }\n  }\n"): (typeof documents)["\n  mutation SetSecondFactorRequirement($isRequired: Boolean!) {\n    setSecondFactorRequirement(isRequired: $isRequired) {\n      id\n      requiresSecondFactor\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BeginSecondFactorEnrolment {\n    beginSecondFactorEnrolment {\n      secret\n      otpauthUri\n      qrCodeSvg\n    }\n  }\n"): (typeof documents)["\n  mutation BeginSecondFactorEnrolment {\n    beginSecondFactorEnrolment {\n      secret\n      otpauthUri\n      qrCodeSvg\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConfirmSecondFactorEnrolment($code: String!) {\n    confirmSecondFactorEnrolment(code: $code) {\n      codes\n    }\n  }\n"): (typeof documents)["\n  mutation ConfirmSecondFactorEnrolment($code: String!) {\n    confirmSecondFactorEnrolment(code: $code) {\n      codes\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditEvents($filter: AuditEventFilter, $sort: AuditEventSort, $offset: Int, $limit: Int) {\n    auditEvents(filter: $filter, sort: $sort, offset: $offset, limit: $limit) {\n      totalCount\n      events {\n        id\n        sequence\n        occurredAt\n        actor {\n          id\n          displayName\n        }\n        action\n        entityType\n        entityId\n        clientId\n        requestId\n        outcome\n      }\n    }\n  }\n"): (typeof documents)["\n  query AuditEvents($filter: AuditEventFilter, $sort: AuditEventSort, $offset: Int, $limit: Int) {\n    auditEvents(filter: $filter, sort: $sort, offset: $offset, limit: $limit) {\n      totalCount\n      events {\n        id\n        sequence\n        occurredAt\n        actor {\n          id\n          displayName\n        }\n        action\n        entityType\n        entityId\n        clientId\n        requestId\n        outcome\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditActors {\n    accounts {\n      id\n      displayName\n    }\n  }\n"): (typeof documents)["\n  query AuditActors {\n    accounts {\n      id\n      displayName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditEventsCsv($filter: AuditEventFilter, $sort: AuditEventSort) {\n    auditEventsCsv(filter: $filter, sort: $sort)\n  }\n"): (typeof documents)["\n  query AuditEventsCsv($filter: AuditEventFilter, $sort: AuditEventSort) {\n    auditEventsCsv(filter: $filter, sort: $sort)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VerifyAuditChain {\n    verifyAuditChain {\n      isIntact\n      checkedCount\n      firstBrokenSequence\n      reason\n    }\n  }\n"): (typeof documents)["\n  query VerifyAuditChain {\n    verifyAuditChain {\n      isIntact\n      checkedCount\n      firstBrokenSequence\n      reason\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Caseload {\n    caseload {\n      id\n      preferredName\n      pronouns\n      status\n      activeGoalCount\n      lastProgressOn\n    }\n  }\n"): (typeof documents)["\n  query Caseload {\n    caseload {\n      id\n      preferredName\n      pronouns\n      status\n      activeGoalCount\n      lastProgressOn\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ViewerFields on Viewer {\n    idleExpiresAt\n    expiresAt\n    clinician {\n      id\n      email\n      displayName\n      role\n      hasSecondFactor\n    }\n    practice {\n      id\n      name\n      requiresSecondFactor\n    }\n  }\n"): (typeof documents)["\n  fragment ViewerFields on Viewer {\n    idleExpiresAt\n    expiresAt\n    clinician {\n      id\n      email\n      displayName\n      role\n      hasSecondFactor\n    }\n    practice {\n      id\n      name\n      requiresSecondFactor\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Viewer {\n    viewer {\n      ...ViewerFields\n    }\n  }\n"): (typeof documents)["\n  query Viewer {\n    viewer {\n      ...ViewerFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      status\n      viewer {\n        ...ViewerFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      status\n      viewer {\n        ...ViewerFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VerifySecondFactor($code: String!) {\n    verifySecondFactor(code: $code) {\n      status\n      viewer {\n        ...ViewerFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation VerifySecondFactor($code: String!) {\n    verifySecondFactor(code: $code) {\n      status\n      viewer {\n        ...ViewerFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ExtendSession {\n    extendSession {\n      ...ViewerFields\n    }\n  }\n"): (typeof documents)["\n  mutation ExtendSession {\n    extendSession {\n      ...ViewerFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignOut {\n    signOut\n  }\n"): (typeof documents)["\n  mutation SignOut {\n    signOut\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetPassword($token: String!, $password: String!) {\n    setPassword(token: $token, password: $password)\n  }\n"): (typeof documents)["\n  mutation SetPassword($token: String!, $password: String!) {\n    setPassword(token: $token, password: $password)\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;