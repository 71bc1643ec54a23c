import type * as Types from './graphql';
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const ViewerFieldsFragmentDoc = new TypedDocumentString(`
    fragment ViewerFields on Viewer {
  idleExpiresAt
  expiresAt
  clinician {
    id
    email
    displayName
    role
    hasSecondFactor
  }
  practice {
    id
    name
    requiresSecondFactor
  }
}
    `, {"fragmentName":"ViewerFields"}) as unknown as TypedDocumentString<Types.ViewerFieldsFragment, unknown>;
export const ViewerDocument = new TypedDocumentString(`
    query Viewer {
  viewer {
    ...ViewerFields
  }
}
    fragment ViewerFields on Viewer {
  idleExpiresAt
  expiresAt
  clinician {
    id
    email
    displayName
    role
    hasSecondFactor
  }
  practice {
    id
    name
    requiresSecondFactor
  }
}`) as unknown as TypedDocumentString<Types.ViewerQuery, Types.ViewerQueryVariables>;
export const SignInDocument = new TypedDocumentString(`
    mutation SignIn($input: SignInInput!) {
  signIn(input: $input) {
    status
    viewer {
      ...ViewerFields
    }
  }
}
    fragment ViewerFields on Viewer {
  idleExpiresAt
  expiresAt
  clinician {
    id
    email
    displayName
    role
    hasSecondFactor
  }
  practice {
    id
    name
    requiresSecondFactor
  }
}`) as unknown as TypedDocumentString<Types.SignInMutation, Types.SignInMutationVariables>;
export const VerifySecondFactorDocument = new TypedDocumentString(`
    mutation VerifySecondFactor($code: String!) {
  verifySecondFactor(code: $code) {
    status
    viewer {
      ...ViewerFields
    }
  }
}
    fragment ViewerFields on Viewer {
  idleExpiresAt
  expiresAt
  clinician {
    id
    email
    displayName
    role
    hasSecondFactor
  }
  practice {
    id
    name
    requiresSecondFactor
  }
}`) as unknown as TypedDocumentString<Types.VerifySecondFactorMutation, Types.VerifySecondFactorMutationVariables>;
export const ExtendSessionDocument = new TypedDocumentString(`
    mutation ExtendSession {
  extendSession {
    ...ViewerFields
  }
}
    fragment ViewerFields on Viewer {
  idleExpiresAt
  expiresAt
  clinician {
    id
    email
    displayName
    role
    hasSecondFactor
  }
  practice {
    id
    name
    requiresSecondFactor
  }
}`) as unknown as TypedDocumentString<Types.ExtendSessionMutation, Types.ExtendSessionMutationVariables>;
export const SignOutDocument = new TypedDocumentString(`
    mutation SignOut {
  signOut
}
    `) as unknown as TypedDocumentString<Types.SignOutMutation, Types.SignOutMutationVariables>;
export const SetPasswordDocument = new TypedDocumentString(`
    mutation SetPassword($token: String!, $password: String!) {
  setPassword(token: $token, password: $password)
}
    `) as unknown as TypedDocumentString<Types.SetPasswordMutation, Types.SetPasswordMutationVariables>;