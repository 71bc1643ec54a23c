import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { Client as ClientModel, Clinician as ClinicianModel, Practice as PracticeModel, AuditEvent as AuditEventModel } from '@waypoint/shared';
import type { Viewer as ViewerModel } from '../auth/viewer';
import type { RequestContext } from '../graphql/context';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A calendar day, as an ISO 8601 date: 2026-03-14. */
  Date: { input: string; output: string; }
  /** An instant, as an ISO 8601 date-time in UTC: 2026-03-14T09:30:00.000Z. */
  DateTime: { input: Date; output: Date; }
};

/** The result of walking the practice's hash chain from the first event to the last. */
export type AuditChainVerification = {
  __typename?: 'AuditChainVerification';
  checkedCount: Scalars['Int']['output'];
  /** The sequence number where the chain first breaks, when it does. */
  firstBrokenSequence?: Maybe<Scalars['Int']['output']>;
  isIntact: Scalars['Boolean']['output'];
  /** Why the chain breaks there: an altered event, a missing one, or a missing tail. */
  reason?: Maybe<Scalars['String']['output']>;
};

/** One entry of the append-only audit trail: who did what to which record, and when. */
export type AuditEvent = {
  __typename?: 'AuditEvent';
  action: Scalars['String']['output'];
  /** Who acted; null for anonymous attempts such as a failed sign-in with an unknown email. */
  actor?: Maybe<Clinician>;
  clientId?: Maybe<Scalars['ID']['output']>;
  entityId?: Maybe<Scalars['ID']['output']>;
  entityType: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  occurredAt: Scalars['DateTime']['output'];
  outcome: AuditOutcome;
  requestId: Scalars['String']['output'];
  /** Position in the practice's hash chain, from 1. */
  sequence: Scalars['Int']['output'];
};

export type AuditEventFilter = {
  action?: InputMaybe<Scalars['String']['input']>;
  actorId?: InputMaybe<Scalars['ID']['input']>;
  clientId?: InputMaybe<Scalars['ID']['input']>;
  /** First day included. */
  from?: InputMaybe<Scalars['Date']['input']>;
  /** Last day included. */
  to?: InputMaybe<Scalars['Date']['input']>;
};

export type AuditEventPage = {
  __typename?: 'AuditEventPage';
  events: Array<AuditEvent>;
  /** How many events match the filter, across all pages. */
  totalCount: Scalars['Int']['output'];
};

export type AuditEventSort = {
  direction: SortDirection;
  field: AuditEventSortField;
};

export type AuditEventSortField =
  | 'ACTION'
  | 'ACTOR'
  | 'CLIENT_ID'
  | 'ENTITY_ID'
  | 'ENTITY_TYPE'
  | 'OCCURRED_AT'
  | 'OUTCOME'
  | 'SEQUENCE';

export type AuditOutcome =
  /** Refused by the access policy. */
  | 'DENIED'
  /** Attempted and failed, such as a wrong password. */
  | 'FAILED'
  | 'SUCCESS';

/** A person in therapy, as their clinician knows them. */
export type Client = {
  __typename?: 'Client';
  /** How many of the client's goals are active. */
  activeGoalCount: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  /** When the latest small win, setback, gratitude or reflection happened. */
  lastProgressOn?: Maybe<Scalars['Date']['output']>;
  preferredName: Scalars['String']['output'];
  pronouns?: Maybe<Scalars['String']['output']>;
  /** The day care began. */
  startedOn: Scalars['Date']['output'];
  status: ClientStatus;
};

export type ClientStatus =
  | 'ACTIVE'
  | 'DISCHARGED'
  | 'PAUSED';

/** A person who signs in to Waypoint. */
export type Clinician = {
  __typename?: 'Clinician';
  displayName: Scalars['String']['output'];
  email: Scalars['String']['output'];
  /** Whether a second factor (an authenticator app) is enrolled. */
  hasSecondFactor: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  /** Whether the account can sign in; deactivated accounts keep their history. */
  isActive: Scalars['Boolean']['output'];
  role: ClinicianRole;
  /** The clinicians whose caseloads this supervisor may read. */
  supervisees: Array<Clinician>;
};

export type ClinicianRole =
  /** Manages the practice's accounts and reads the audit log; sees only their own caseload. */
  | 'ADMIN'
  /** Sees their own caseload. */
  | 'CLINICIAN'
  /** Also reads the caseloads of the clinicians they supervise. */
  | 'SUPERVISOR';

export type CreateAccountInput = {
  displayName: Scalars['String']['input'];
  email: Scalars['String']['input'];
  role: ClinicianRole;
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Starts enrolling an authenticator app for the signed-in account. */
  beginSecondFactorEnrolment: SecondFactorEnrolment;
  /** Confirms the enrolment with a first code; answers the recovery codes, shown this once. */
  confirmSecondFactorEnrolment: RecoveryCodes;
  /** Creates an account and its one-time set-password link (admins only). */
  createAccount: SetPasswordLink;
  /** Stops an account from signing in and ends its sessions at once (admins only). */
  deactivateAccount: Clinician;
  /** Keeps the session alive: the idle warning's 'Stay signed in'. */
  extendSession: Viewer;
  /** Replaces an account's password with a one-time set-password link (admins only). */
  resetPassword: SetPasswordLink;
  /** Chooses a password through a one-time link. */
  setPassword: Scalars['Boolean']['output'];
  /** Requires, or stops requiring, a second factor for every account (admins only). */
  setSecondFactorRequirement: Practice;
  /** Sets the clinicians a supervisor supervises (admins only). */
  setSupervisees: Clinician;
  /** Checks an email and password. Wrong answers never tell whether the email exists. */
  signIn: SignInResult;
  /** Ends the signed-in session on the server. True when a session was ended. */
  signOut: Scalars['Boolean']['output'];
  /** Completes sign-in with a code from the authenticator app, or a recovery code. */
  verifySecondFactor: SignInResult;
};


export type MutationConfirmSecondFactorEnrolmentArgs = {
  code: Scalars['String']['input'];
};


export type MutationCreateAccountArgs = {
  input: CreateAccountInput;
};


export type MutationDeactivateAccountArgs = {
  clinicianId: Scalars['ID']['input'];
};


export type MutationResetPasswordArgs = {
  clinicianId: Scalars['ID']['input'];
};


export type MutationSetPasswordArgs = {
  password: Scalars['String']['input'];
  token: Scalars['String']['input'];
};


export type MutationSetSecondFactorRequirementArgs = {
  isRequired: Scalars['Boolean']['input'];
};


export type MutationSetSuperviseesArgs = {
  superviseeIds: Array<Scalars['ID']['input']>;
  supervisorId: Scalars['ID']['input'];
};


export type MutationSignInArgs = {
  input: SignInInput;
};


export type MutationVerifySecondFactorArgs = {
  code: Scalars['String']['input'];
};

/** The tenant every record belongs to. */
export type Practice = {
  __typename?: 'Practice';
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  /** Whether every account must sign in with a second factor. */
  requiresSecondFactor: Scalars['Boolean']['output'];
};

export type Query = {
  __typename?: 'Query';
  /** Every account of the practice (admins only). */
  accounts: Array<Clinician>;
  /** The practice's audit events, filtered, sorted and paged (admins only). */
  auditEvents: AuditEventPage;
  /** The matching audit events as CSV, for download; the export is itself audited (admins only). */
  auditEventsCsv: Scalars['String']['output'];
  /**
   * The clients on a clinician's caseload, by preferred name: the signed-in clinician's own, or,
   * for a supervisor, one of their supervisees' when `clinicianId` names them.
   */
  caseload: Array<Client>;
  /** Checks the practice's audit chain for altered or deleted events (admins only). */
  verifyAuditChain: AuditChainVerification;
  /** The signed-in clinician, or null when nobody is signed in. */
  viewer?: Maybe<Viewer>;
};


export type QueryAuditEventsArgs = {
  filter?: InputMaybe<AuditEventFilter>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<AuditEventSort>;
};


export type QueryAuditEventsCsvArgs = {
  filter?: InputMaybe<AuditEventFilter>;
  sort?: InputMaybe<AuditEventSort>;
};


export type QueryCaseloadArgs = {
  clinicianId?: InputMaybe<Scalars['ID']['input']>;
};

/** Single-use codes that stand in for the authenticator app; shown once, stored hashed. */
export type RecoveryCodes = {
  __typename?: 'RecoveryCodes';
  codes: Array<Scalars['String']['output']>;
};

/** A new authenticator secret, waiting for a first code to confirm it. */
export type SecondFactorEnrolment = {
  __typename?: 'SecondFactorEnrolment';
  /** The otpauth:// address an authenticator app reads from the QR code. */
  otpauthUri: Scalars['String']['output'];
  /** The QR code of `otpauthUri`, as an SVG document. */
  qrCodeSvg: Scalars['String']['output'];
  /** The secret in base32, for typing into an app by hand. */
  secret: Scalars['String']['output'];
};

/** A one-time link for the account's owner to choose a password. */
export type SetPasswordLink = {
  __typename?: 'SetPasswordLink';
  clinician: Clinician;
  expiresAt: Scalars['DateTime']['output'];
  /** The address to send to the account's owner; it works once. */
  url: Scalars['String']['output'];
};

export type SignInInput = {
  email: Scalars['String']['input'];
  password: Scalars['String']['input'];
};

export type SignInResult = {
  __typename?: 'SignInResult';
  status: SignInStatus;
  /** Set once fully signed in. */
  viewer?: Maybe<Viewer>;
};

export type SignInStatus =
  /** The practice requires a second factor and this account has none yet: enrol it next. */
  | 'SECOND_FACTOR_ENROLMENT_REQUIRED'
  /** The password was right; a code from the authenticator app (or a recovery code) is next. */
  | 'SECOND_FACTOR_REQUIRED'
  /** Signed in; `viewer` is set. */
  | 'SIGNED_IN';

export type SortDirection =
  | 'ASC'
  | 'DESC';

/** The signed-in clinician and their session. */
export type Viewer = {
  __typename?: 'Viewer';
  clinician: Clinician;
  /** When the session ends whatever happens (the absolute lifetime). */
  expiresAt: Scalars['DateTime']['output'];
  /** When the session ends unless something happens before (the idle timeout). */
  idleExpiresAt: Scalars['DateTime']['output'];
  practice: Practice;
};



export type ResolverTypeWrapper<T> = Promise<T> | T;


export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;





/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  AuditChainVerification: ResolverTypeWrapper<AuditChainVerification>;
  AuditEvent: ResolverTypeWrapper<AuditEventModel>;
  AuditEventFilter: AuditEventFilter;
  AuditEventPage: ResolverTypeWrapper<Omit<AuditEventPage, 'events'> & { events: Array<ResolversTypes['AuditEvent']> }>;
  AuditEventSort: AuditEventSort;
  AuditEventSortField: AuditEventSortField;
  AuditOutcome: AuditOutcome;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Client: ResolverTypeWrapper<ClientModel>;
  ClientStatus: ClientStatus;
  Clinician: ResolverTypeWrapper<ClinicianModel>;
  ClinicianRole: ClinicianRole;
  CreateAccountInput: CreateAccountInput;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Practice: ResolverTypeWrapper<PracticeModel>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RecoveryCodes: ResolverTypeWrapper<RecoveryCodes>;
  SecondFactorEnrolment: ResolverTypeWrapper<SecondFactorEnrolment>;
  SetPasswordLink: ResolverTypeWrapper<Omit<SetPasswordLink, 'clinician'> & { clinician: ResolversTypes['Clinician'] }>;
  SignInInput: SignInInput;
  SignInResult: ResolverTypeWrapper<Omit<SignInResult, 'viewer'> & { viewer?: Maybe<ResolversTypes['Viewer']> }>;
  SignInStatus: SignInStatus;
  SortDirection: SortDirection;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Viewer: ResolverTypeWrapper<ViewerModel>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  AuditChainVerification: AuditChainVerification;
  AuditEvent: AuditEventModel;
  AuditEventFilter: AuditEventFilter;
  AuditEventPage: Omit<AuditEventPage, 'events'> & { events: Array<ResolversParentTypes['AuditEvent']> };
  AuditEventSort: AuditEventSort;
  Boolean: Scalars['Boolean']['output'];
  Client: ClientModel;
  Clinician: ClinicianModel;
  CreateAccountInput: CreateAccountInput;
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  ID: Scalars['ID']['output'];
  Int: Scalars['Int']['output'];
  Mutation: Record<PropertyKey, never>;
  Practice: PracticeModel;
  Query: Record<PropertyKey, never>;
  RecoveryCodes: RecoveryCodes;
  SecondFactorEnrolment: SecondFactorEnrolment;
  SetPasswordLink: Omit<SetPasswordLink, 'clinician'> & { clinician: ResolversParentTypes['Clinician'] };
  SignInInput: SignInInput;
  SignInResult: Omit<SignInResult, 'viewer'> & { viewer?: Maybe<ResolversParentTypes['Viewer']> };
  String: Scalars['String']['output'];
  Viewer: ViewerModel;
};

export type AuditChainVerificationResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['AuditChainVerification'] = ResolversParentTypes['AuditChainVerification']> = {
  checkedCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  firstBrokenSequence?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  isIntact?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type AuditEventResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['AuditEvent'] = ResolversParentTypes['AuditEvent']> = {
  action?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  actor?: Resolver<Maybe<ResolversTypes['Clinician']>, ParentType, ContextType>;
  clientId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  entityId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  entityType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  occurredAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  outcome?: Resolver<ResolversTypes['AuditOutcome'], ParentType, ContextType>;
  requestId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sequence?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type AuditEventPageResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['AuditEventPage'] = ResolversParentTypes['AuditEventPage']> = {
  events?: Resolver<Array<ResolversTypes['AuditEvent']>, ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ClientResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Client'] = ResolversParentTypes['Client']> = {
  activeGoalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lastProgressOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  preferredName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  pronouns?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  startedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ClientStatus'], ParentType, ContextType>;
};

export type ClinicianResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Clinician'] = ResolversParentTypes['Clinician']> = {
  displayName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  email?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  hasSecondFactor?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  isActive?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['ClinicianRole'], ParentType, ContextType>;
  supervisees?: Resolver<Array<ResolversTypes['Clinician']>, ParentType, ContextType>;
};

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type MutationResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  beginSecondFactorEnrolment?: Resolver<ResolversTypes['SecondFactorEnrolment'], ParentType, ContextType>;
  confirmSecondFactorEnrolment?: Resolver<ResolversTypes['RecoveryCodes'], ParentType, ContextType, RequireFields<MutationConfirmSecondFactorEnrolmentArgs, 'code'>>;
  createAccount?: Resolver<ResolversTypes['SetPasswordLink'], ParentType, ContextType, RequireFields<MutationCreateAccountArgs, 'input'>>;
  deactivateAccount?: Resolver<ResolversTypes['Clinician'], ParentType, ContextType, RequireFields<MutationDeactivateAccountArgs, 'clinicianId'>>;
  extendSession?: Resolver<ResolversTypes['Viewer'], ParentType, ContextType>;
  resetPassword?: Resolver<ResolversTypes['SetPasswordLink'], ParentType, ContextType, RequireFields<MutationResetPasswordArgs, 'clinicianId'>>;
  setPassword?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationSetPasswordArgs, 'password' | 'token'>>;
  setSecondFactorRequirement?: Resolver<ResolversTypes['Practice'], ParentType, ContextType, RequireFields<MutationSetSecondFactorRequirementArgs, 'isRequired'>>;
  setSupervisees?: Resolver<ResolversTypes['Clinician'], ParentType, ContextType, RequireFields<MutationSetSuperviseesArgs, 'superviseeIds' | 'supervisorId'>>;
  signIn?: Resolver<ResolversTypes['SignInResult'], ParentType, ContextType, RequireFields<MutationSignInArgs, 'input'>>;
  signOut?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  verifySecondFactor?: Resolver<ResolversTypes['SignInResult'], ParentType, ContextType, RequireFields<MutationVerifySecondFactorArgs, 'code'>>;
};

export type PracticeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Practice'] = ResolversParentTypes['Practice']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  requiresSecondFactor?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  accounts?: Resolver<Array<ResolversTypes['Clinician']>, ParentType, ContextType>;
  auditEvents?: Resolver<ResolversTypes['AuditEventPage'], ParentType, ContextType, RequireFields<QueryAuditEventsArgs, 'limit' | 'offset'>>;
  auditEventsCsv?: Resolver<ResolversTypes['String'], ParentType, ContextType, Partial<QueryAuditEventsCsvArgs>>;
  caseload?: Resolver<Array<ResolversTypes['Client']>, ParentType, ContextType, Partial<QueryCaseloadArgs>>;
  verifyAuditChain?: Resolver<ResolversTypes['AuditChainVerification'], ParentType, ContextType>;
  viewer?: Resolver<Maybe<ResolversTypes['Viewer']>, ParentType, ContextType>;
};

export type RecoveryCodesResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['RecoveryCodes'] = ResolversParentTypes['RecoveryCodes']> = {
  codes?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
};

export type SecondFactorEnrolmentResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['SecondFactorEnrolment'] = ResolversParentTypes['SecondFactorEnrolment']> = {
  otpauthUri?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  qrCodeSvg?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  secret?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type SetPasswordLinkResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['SetPasswordLink'] = ResolversParentTypes['SetPasswordLink']> = {
  clinician?: Resolver<ResolversTypes['Clinician'], ParentType, ContextType>;
  expiresAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  url?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type SignInResultResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['SignInResult'] = ResolversParentTypes['SignInResult']> = {
  status?: Resolver<ResolversTypes['SignInStatus'], ParentType, ContextType>;
  viewer?: Resolver<Maybe<ResolversTypes['Viewer']>, ParentType, ContextType>;
};

export type ViewerResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Viewer'] = ResolversParentTypes['Viewer']> = {
  clinician?: Resolver<ResolversTypes['Clinician'], ParentType, ContextType>;
  expiresAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  idleExpiresAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  practice?: Resolver<ResolversTypes['Practice'], ParentType, ContextType>;
};

export type Resolvers<ContextType = RequestContext> = {
  AuditChainVerification?: AuditChainVerificationResolvers<ContextType>;
  AuditEvent?: AuditEventResolvers<ContextType>;
  AuditEventPage?: AuditEventPageResolvers<ContextType>;
  Client?: ClientResolvers<ContextType>;
  Clinician?: ClinicianResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  Mutation?: MutationResolvers<ContextType>;
  Practice?: PracticeResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  RecoveryCodes?: RecoveryCodesResolvers<ContextType>;
  SecondFactorEnrolment?: SecondFactorEnrolmentResolvers<ContextType>;
  SetPasswordLink?: SetPasswordLinkResolvers<ContextType>;
  SignInResult?: SignInResultResolvers<ContextType>;
  Viewer?: ViewerResolvers<ContextType>;
};

