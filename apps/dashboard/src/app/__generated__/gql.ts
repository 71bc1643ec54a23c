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
    "\n  query Caseload($clinicianId: ID) {\n    caseload(clinicianId: $clinicianId) {\n      id\n      preferredName\n      pronouns\n      status\n      activeGoalCount\n      activeGoalDomains\n      lastProgressOn\n      lastSessionAt\n      notesToSignCount\n      attention {\n        kind\n        label\n        detail\n        evidence\n      }\n      goodNews {\n        kind\n        label\n        detail\n        evidence\n      }\n    }\n  }\n": typeof types.CaseloadDocument,
    "\n  query CaseloadSupervisees {\n    viewer {\n      ...ViewerFields\n      clinician {\n        id\n        supervisees {\n          id\n          displayName\n        }\n      }\n    }\n  }\n": typeof types.CaseloadSuperviseesDocument,
    "\n  fragment ClientDetailsFields on Client {\n    id\n    version\n    preferredName\n    pronouns\n    status\n    startedOn\n    primaryClinician {\n      id\n      displayName\n    }\n    baseline {\n      text\n      recordedOn\n    }\n    statusHistory {\n      status\n      changedOn\n      reason\n      changedBy {\n        id\n        displayName\n      }\n    }\n  }\n": typeof types.ClientDetailsFieldsFragmentDoc,
    "\n  fragment MilestoneFields on Milestone {\n    id\n    version\n    goalId\n    title\n    dueOn\n    doneAt\n    doneInSessionId\n  }\n": typeof types.MilestoneFieldsFragmentDoc,
    "\n  fragment GoalFields on Goal {\n    id\n    version\n    clientWords\n    clinicianWording\n    domain\n    specific\n    measureOfSuccess\n    targetDate\n    gasLevels {\n      muchLess\n      less\n      expected\n      more\n      muchMore\n    }\n    weight\n    status\n    statusHistory {\n      status\n      changedAt\n      reason\n      changedBy {\n        id\n        displayName\n      }\n    }\n    milestones {\n      ...MilestoneFields\n    }\n  }\n": typeof types.GoalFieldsFragmentDoc,
    "\n  fragment ProgressEntryFields on ProgressEntry {\n    id\n    version\n    kind\n    category\n    clientWords\n    isEffort\n    occurredOn\n    goalId\n  }\n": typeof types.ProgressEntryFieldsFragmentDoc,
    "\n  fragment GasReviewFields on GasReview {\n    id\n    reviewedOn\n    tScore\n    ratings {\n      goalId\n      level\n      weight\n    }\n  }\n": typeof types.GasReviewFieldsFragmentDoc,
    "\n  query ClientRecord($id: ID!) {\n    client(id: $id) {\n      ...ClientDetailsFields\n      goals {\n        ...GoalFields\n      }\n      progressEntries {\n        ...ProgressEntryFields\n      }\n      gasReviews {\n        ...GasReviewFields\n      }\n    }\n  }\n": typeof types.ClientRecordDocument,
    "\n  mutation CreateClient($input: CreateClientInput!) {\n    createClient(input: $input) {\n      ...ClientDetailsFields\n    }\n  }\n": typeof types.CreateClientDocument,
    "\n  mutation UpdateClient($id: ID!, $version: Int!, $input: UpdateClientInput!) {\n    updateClient(id: $id, version: $version, input: $input) {\n      ...ClientDetailsFields\n    }\n  }\n": typeof types.UpdateClientDocument,
    "\n  mutation ChangeClientStatus($input: ChangeClientStatusInput!) {\n    changeClientStatus(input: $input) {\n      ...ClientDetailsFields\n    }\n  }\n": typeof types.ChangeClientStatusDocument,
    "\n  mutation CreateGoal($input: CreateGoalInput!) {\n    createGoal(input: $input) {\n      ...GoalFields\n    }\n  }\n": typeof types.CreateGoalDocument,
    "\n  mutation UpdateGoal($id: ID!, $version: Int!, $input: GoalInput!) {\n    updateGoal(id: $id, version: $version, input: $input) {\n      ...GoalFields\n    }\n  }\n": typeof types.UpdateGoalDocument,
    "\n  mutation ChangeGoalStatus($input: ChangeGoalStatusInput!) {\n    changeGoalStatus(input: $input) {\n      ...GoalFields\n    }\n  }\n": typeof types.ChangeGoalStatusDocument,
    "\n  mutation ReorderGoals($clientId: ID!, $goalIds: [ID!]!) {\n    reorderGoals(clientId: $clientId, goalIds: $goalIds) {\n      id\n      version\n    }\n  }\n": typeof types.ReorderGoalsDocument,
    "\n  mutation AddMilestone($goalId: ID!, $input: MilestoneInput!) {\n    addMilestone(goalId: $goalId, input: $input) {\n      ...MilestoneFields\n    }\n  }\n": typeof types.AddMilestoneDocument,
    "\n  mutation UpdateMilestone($id: ID!, $version: Int!, $input: MilestoneInput!) {\n    updateMilestone(id: $id, version: $version, input: $input) {\n      ...MilestoneFields\n    }\n  }\n": typeof types.UpdateMilestoneDocument,
    "\n  mutation RemoveMilestone($id: ID!, $version: Int!) {\n    removeMilestone(id: $id, version: $version)\n  }\n": typeof types.RemoveMilestoneDocument,
    "\n  mutation ReorderMilestones($goalId: ID!, $milestoneIds: [ID!]!) {\n    reorderMilestones(goalId: $goalId, milestoneIds: $milestoneIds) {\n      id\n      version\n    }\n  }\n": typeof types.ReorderMilestonesDocument,
    "\n  mutation TickMilestone($id: ID!) {\n    tickMilestone(id: $id) {\n      ...MilestoneFields\n    }\n  }\n": typeof types.TickMilestoneDocument,
    "\n  mutation UntickMilestone($id: ID!) {\n    untickMilestone(id: $id) {\n      ...MilestoneFields\n    }\n  }\n": typeof types.UntickMilestoneDocument,
    "\n  mutation RecordGasReview($input: RecordGasReviewInput!) {\n    recordGasReview(input: $input) {\n      ...GasReviewFields\n    }\n  }\n": typeof types.RecordGasReviewDocument,
    "\n  mutation LogProgressEntry($clientId: ID!, $input: ProgressEntryInput!) {\n    logProgressEntry(clientId: $clientId, input: $input) {\n      ...ProgressEntryFields\n    }\n  }\n": typeof types.LogProgressEntryDocument,
    "\n  mutation UpdateProgressEntry($id: ID!, $version: Int!, $input: ProgressEntryInput!) {\n    updateProgressEntry(id: $id, version: $version, input: $input) {\n      ...ProgressEntryFields\n    }\n  }\n": typeof types.UpdateProgressEntryDocument,
    "\n  mutation RemoveProgressEntry($id: ID!, $version: Int!) {\n    removeProgressEntry(id: $id, version: $version)\n  }\n": typeof types.RemoveProgressEntryDocument,
    "\n  fragment MeasureResponseFields on MeasureResponse {\n    id\n    version\n    instrument\n    administeredOn\n    answers\n    isComplete\n    total\n    severity\n    difficulty\n    moodWord\n    hasSafetyFlag\n    change {\n      fromBaseline\n      fromPrevious\n      reliableChange\n      isCase\n      hasRecovered\n      hasReliablyRecovered\n      hasResponded\n      isInRemission\n    }\n  }\n": typeof types.MeasureResponseFieldsFragmentDoc,
    "\n  fragment SafetyFlagFields on SafetyFlag {\n    id\n    measureResponseId\n    raisedAt\n    isReviewed\n    reviewedAt\n    reviewedBy {\n      id\n      displayName\n    }\n    reviewNote\n  }\n": typeof types.SafetyFlagFieldsFragmentDoc,
    "\n  fragment MeasureScheduleFields on MeasureSchedule {\n    instrument\n    everyWeeks\n    nextDueOn\n    isOverdue\n  }\n": typeof types.MeasureScheduleFieldsFragmentDoc,
    "\n  fragment CrisisResourceFields on CrisisResource {\n    label\n    contact\n  }\n": typeof types.CrisisResourceFieldsFragmentDoc,
    "\n  query MeasureRecord($id: ID!) {\n    client(id: $id) {\n      id\n      startedOn\n      measureResponses {\n        ...MeasureResponseFields\n      }\n      safetyFlags {\n        ...SafetyFlagFields\n      }\n      unreviewedSafetyFlagCount\n      measureSchedules {\n        ...MeasureScheduleFields\n      }\n      overdueMeasures\n      notOnTrack {\n        instrument\n        reason\n      }\n      gasReviews {\n        id\n        reviewedOn\n        tScore\n      }\n      progressEntries {\n        id\n        kind\n        occurredOn\n      }\n      goals {\n        id\n        milestones {\n          id\n          doneAt\n        }\n      }\n    }\n    crisisResources {\n      ...CrisisResourceFields\n    }\n  }\n": typeof types.MeasureRecordDocument,
    "\n  mutation RecordMeasure($input: RecordMeasureInput!) {\n    recordMeasure(input: $input) {\n      ...MeasureResponseFields\n    }\n  }\n": typeof types.RecordMeasureDocument,
    "\n  mutation UpdateMeasureDraft($input: UpdateMeasureDraftInput!) {\n    updateMeasureDraft(input: $input) {\n      ...MeasureResponseFields\n    }\n  }\n": typeof types.UpdateMeasureDraftDocument,
    "\n  mutation ReviewSafetyFlag($id: ID!, $note: String!) {\n    reviewSafetyFlag(id: $id, note: $note) {\n      ...SafetyFlagFields\n    }\n  }\n": typeof types.ReviewSafetyFlagDocument,
    "\n  mutation SetMeasureSchedule($clientId: ID!, $instrument: Instrument!, $everyWeeks: Int) {\n    setMeasureSchedule(clientId: $clientId, instrument: $instrument, everyWeeks: $everyWeeks) {\n      ...MeasureScheduleFields\n    }\n  }\n": typeof types.SetMeasureScheduleDocument,
    "\n  fragment SessionNoteFields on SessionNote {\n    id\n    version\n    sessionId\n    clientId\n    format\n    status\n    sections {\n      key\n      title\n      text\n    }\n    author {\n      id\n      displayName\n      defaultNoteFormat\n    }\n    createdAt\n    updatedAt\n    signedAt\n    signedBy {\n      id\n      displayName\n    }\n    addenda {\n      id\n      text\n      createdAt\n      author {\n        id\n        displayName\n      }\n    }\n    history {\n      action\n      at\n      actor {\n        id\n        displayName\n      }\n    }\n  }\n": typeof types.SessionNoteFieldsFragmentDoc,
    "\n  fragment PrivateNoteFields on PrivateNote {\n    id\n    version\n    sessionId\n    text\n    updatedAt\n  }\n": typeof types.PrivateNoteFieldsFragmentDoc,
    "\n  fragment NoteSessionRecordFields on TherapySession {\n    id\n    modality\n    startedAt\n    endedAt\n    durationMinutes\n    isFirst\n    notes\n    promptsAsked {\n      id\n      text\n      answer\n    }\n    milestonesTicked {\n      id\n      title\n    }\n    progressEntries {\n      id\n      kind\n      clientWords\n      isEffort\n    }\n    measures {\n      id\n      instrument\n      total\n      moodWord\n      hasSafetyFlag\n    }\n  }\n": typeof types.NoteSessionRecordFieldsFragmentDoc,
    "\n  query NotePage($noteId: ID!, $clientId: ID!) {\n    client(id: $clientId) {\n      id\n      preferredName\n      pronouns\n    }\n    sessionNote(id: $noteId) {\n      ...SessionNoteFields\n      session {\n        ...NoteSessionRecordFields\n        privateNote {\n          ...PrivateNoteFields\n        }\n      }\n    }\n  }\n": typeof types.NotePageDocument,
    "\n  query ClientNotes($clientId: ID!) {\n    client(id: $clientId) {\n      id\n      notes {\n        id\n        format\n        status\n        signedAt\n        signedBy {\n          id\n          displayName\n        }\n        session {\n          id\n          startedAt\n        }\n      }\n    }\n  }\n": typeof types.ClientNotesDocument,
    "\n  query ProgressLetterPage($clientId: ID!, $from: Date!, $to: Date!, $includeScores: Boolean) {\n    client(id: $clientId) {\n      id\n      preferredName\n    }\n    progressLetter(clientId: $clientId, from: $from, to: $to, includeScores: $includeScores) {\n      clientId\n      from\n      to\n      paragraphs\n    }\n  }\n": typeof types.ProgressLetterPageDocument,
    "\n  mutation DraftSessionNote($sessionId: ID!, $format: NoteFormat) {\n    draftSessionNote(sessionId: $sessionId, format: $format) {\n      ...SessionNoteFields\n    }\n  }\n": typeof types.DraftSessionNoteDocument,
    "\n  mutation SaveSessionNote($id: ID!, $version: Int!, $sections: [NoteSectionInput!]!) {\n    saveSessionNote(id: $id, version: $version, sections: $sections) {\n      ...SessionNoteFields\n    }\n  }\n": typeof types.SaveSessionNoteDocument,
    "\n  mutation ChangeNoteFormat($id: ID!, $version: Int!, $format: NoteFormat!) {\n    changeNoteFormat(id: $id, version: $version, format: $format) {\n      ...SessionNoteFields\n    }\n  }\n": typeof types.ChangeNoteFormatDocument,
    "\n  mutation SignSessionNote($id: ID!, $version: Int!) {\n    signSessionNote(id: $id, version: $version) {\n      ...SessionNoteFields\n    }\n  }\n": typeof types.SignSessionNoteDocument,
    "\n  mutation AddNoteAddendum($noteId: ID!, $text: String!) {\n    addNoteAddendum(noteId: $noteId, text: $text) {\n      id\n      text\n      createdAt\n      author {\n        id\n        displayName\n      }\n    }\n  }\n": typeof types.AddNoteAddendumDocument,
    "\n  mutation SavePrivateNote($sessionId: ID!, $text: String!, $version: Int) {\n    savePrivateNote(sessionId: $sessionId, text: $text, version: $version) {\n      ...PrivateNoteFields\n    }\n  }\n": typeof types.SavePrivateNoteDocument,
    "\n  mutation SetDefaultNoteFormat($format: NoteFormat!) {\n    setDefaultNoteFormat(format: $format) {\n      id\n      defaultNoteFormat\n    }\n  }\n": typeof types.SetDefaultNoteFormatDocument,
    "\n  mutation RecordNoteExport($id: ID!, $kind: NoteExportKind!) {\n    recordNoteExport(id: $id, kind: $kind)\n  }\n": typeof types.RecordNoteExportDocument,
    "\n  fragment LibraryPromptFields on Prompt {\n    id\n    text\n    situations\n    isBuiltIn\n    isHidden\n    version\n  }\n": typeof types.LibraryPromptFieldsFragmentDoc,
    "\n  query PromptLibraryPage {\n    prompts {\n      ...LibraryPromptFields\n    }\n  }\n": typeof types.PromptLibraryPageDocument,
    "\n  mutation CreateOwnPrompt($input: PromptInput!) {\n    createPrompt(input: $input) {\n      ...LibraryPromptFields\n    }\n  }\n": typeof types.CreateOwnPromptDocument,
    "\n  mutation UpdateOwnPrompt($id: ID!, $version: Int!, $input: PromptInput!) {\n    updatePrompt(id: $id, version: $version, input: $input) {\n      ...LibraryPromptFields\n    }\n  }\n": typeof types.UpdateOwnPromptDocument,
    "\n  mutation SetPromptHidden($id: ID!, $isHidden: Boolean!) {\n    setPromptHidden(id: $id, isHidden: $isHidden) {\n      id\n      isHidden\n    }\n  }\n": typeof types.SetPromptHiddenDocument,
    "\n  fragment SessionScreenSessionFields on TherapySession {\n    id\n    version\n    clientId\n    modality\n    startedAt\n    endedAt\n    durationMinutes\n    isFirst\n    notes\n    promptsAsked {\n      id\n      promptId\n      text\n      reason\n      askedAt\n      answer\n    }\n    progressEntries {\n      ...ProgressEntryFields\n      sessionId\n    }\n    measures {\n      id\n      instrument\n      total\n      isComplete\n      moodWord\n      hasSafetyFlag\n      sessionId\n    }\n    promptSuggestions {\n      situation\n      reason\n      prompt {\n        id\n        text\n      }\n    }\n  }\n": typeof types.SessionScreenSessionFieldsFragmentDoc,
    "\n  query SessionScreen($clientId: ID!) {\n    client(id: $clientId) {\n      id\n      preferredName\n      pronouns\n      status\n      goals {\n        id\n        clientWords\n        status\n        targetDate\n        milestones {\n          ...MilestoneFields\n        }\n      }\n      openSession {\n        ...SessionScreenSessionFields\n      }\n    }\n  }\n": typeof types.SessionScreenDocument,
    "\n  mutation StartSessionFromScreen($input: StartSessionInput!, $idempotencyKey: ID) {\n    startSession(input: $input, idempotencyKey: $idempotencyKey) {\n      ...SessionScreenSessionFields\n    }\n  }\n": typeof types.StartSessionFromScreenDocument,
    "\n  mutation SessionTickMilestone($id: ID!, $sessionId: ID, $idempotencyKey: ID) {\n    tickMilestone(id: $id, sessionId: $sessionId, idempotencyKey: $idempotencyKey) {\n      ...MilestoneFields\n    }\n  }\n": typeof types.SessionTickMilestoneDocument,
    "\n  mutation SessionUntickMilestone($id: ID!, $sessionId: ID, $idempotencyKey: ID) {\n    untickMilestone(id: $id, sessionId: $sessionId, idempotencyKey: $idempotencyKey) {\n      ...MilestoneFields\n    }\n  }\n": typeof types.SessionUntickMilestoneDocument,
    "\n  mutation SessionLogProgress(\n    $clientId: ID!\n    $input: ProgressEntryInput!\n    $sessionId: ID\n    $idempotencyKey: ID\n  ) {\n    logProgressEntry(\n      clientId: $clientId\n      input: $input\n      sessionId: $sessionId\n      idempotencyKey: $idempotencyKey\n    ) {\n      ...ProgressEntryFields\n      sessionId\n    }\n  }\n": typeof types.SessionLogProgressDocument,
    "\n  mutation SessionRecordMeasure($input: RecordMeasureInput!, $idempotencyKey: ID) {\n    recordMeasure(input: $input, idempotencyKey: $idempotencyKey) {\n      id\n      instrument\n      total\n      isComplete\n      moodWord\n      hasSafetyFlag\n      sessionId\n    }\n  }\n": typeof types.SessionRecordMeasureDocument,
    "\n  mutation SessionMarkPromptAsked(\n    $sessionId: ID!\n    $promptId: ID!\n    $reason: String\n    $idempotencyKey: ID\n  ) {\n    markPromptAsked(\n      sessionId: $sessionId\n      promptId: $promptId\n      reason: $reason\n      idempotencyKey: $idempotencyKey\n    ) {\n      id\n      promptId\n      text\n      reason\n      askedAt\n      answer\n    }\n  }\n": typeof types.SessionMarkPromptAskedDocument,
    "\n  mutation SessionAnswerPrompt(\n    $sessionId: ID!\n    $promptId: ID!\n    $answer: String!\n    $reason: String\n    $idempotencyKey: ID\n  ) {\n    recordPromptAnswer(\n      sessionId: $sessionId\n      promptId: $promptId\n      answer: $answer\n      reason: $reason\n      idempotencyKey: $idempotencyKey\n    ) {\n      id\n      promptId\n      text\n      reason\n      askedAt\n      answer\n    }\n  }\n": typeof types.SessionAnswerPromptDocument,
    "\n  mutation SessionSaveNotes($id: ID!, $notes: String!, $idempotencyKey: ID) {\n    saveSessionNotes(id: $id, notes: $notes, idempotencyKey: $idempotencyKey) {\n      id\n      version\n      notes\n    }\n  }\n": typeof types.SessionSaveNotesDocument,
    "\n  mutation SessionEnd($id: ID!, $endedAt: DateTime, $idempotencyKey: ID) {\n    endSession(id: $id, endedAt: $endedAt, idempotencyKey: $idempotencyKey) {\n      id\n      version\n      endedAt\n      durationMinutes\n    }\n  }\n": typeof types.SessionEndDocument,
    "\n  query ClientSessions($clientId: ID!) {\n    client(id: $clientId) {\n      id\n      sessions {\n        id\n        startedAt\n        endedAt\n        durationMinutes\n        modality\n        note {\n          id\n          status\n        }\n      }\n    }\n  }\n": typeof types.ClientSessionsDocument,
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
    "\n  query Caseload($clinicianId: ID) {\n    caseload(clinicianId: $clinicianId) {\n      id\n      preferredName\n      pronouns\n      status\n      activeGoalCount\n      activeGoalDomains\n      lastProgressOn\n      lastSessionAt\n      notesToSignCount\n      attention {\n        kind\n        label\n        detail\n        evidence\n      }\n      goodNews {\n        kind\n        label\n        detail\n        evidence\n      }\n    }\n  }\n": types.CaseloadDocument,
    "\n  query CaseloadSupervisees {\n    viewer {\n      ...ViewerFields\n      clinician {\n        id\n        supervisees {\n          id\n          displayName\n        }\n      }\n    }\n  }\n": types.CaseloadSuperviseesDocument,
    "\n  fragment ClientDetailsFields on Client {\n    id\n    version\n    preferredName\n    pronouns\n    status\n    startedOn\n    primaryClinician {\n      id\n      displayName\n    }\n    baseline {\n      text\n      recordedOn\n    }\n    statusHistory {\n      status\n      changedOn\n      reason\n      changedBy {\n        id\n        displayName\n      }\n    }\n  }\n": types.ClientDetailsFieldsFragmentDoc,
    "\n  fragment MilestoneFields on Milestone {\n    id\n    version\n    goalId\n    title\n    dueOn\n    doneAt\n    doneInSessionId\n  }\n": types.MilestoneFieldsFragmentDoc,
    "\n  fragment GoalFields on Goal {\n    id\n    version\n    clientWords\n    clinicianWording\n    domain\n    specific\n    measureOfSuccess\n    targetDate\n    gasLevels {\n      muchLess\n      less\n      expected\n      more\n      muchMore\n    }\n    weight\n    status\n    statusHistory {\n      status\n      changedAt\n      reason\n      changedBy {\n        id\n        displayName\n      }\n    }\n    milestones {\n      ...MilestoneFields\n    }\n  }\n": types.GoalFieldsFragmentDoc,
    "\n  fragment ProgressEntryFields on ProgressEntry {\n    id\n    version\n    kind\n    category\n    clientWords\n    isEffort\n    occurredOn\n    goalId\n  }\n": types.ProgressEntryFieldsFragmentDoc,
    "\n  fragment GasReviewFields on GasReview {\n    id\n    reviewedOn\n    tScore\n    ratings {\n      goalId\n      level\n      weight\n    }\n  }\n": types.GasReviewFieldsFragmentDoc,
    "\n  query ClientRecord($id: ID!) {\n    client(id: $id) {\n      ...ClientDetailsFields\n      goals {\n        ...GoalFields\n      }\n      progressEntries {\n        ...ProgressEntryFields\n      }\n      gasReviews {\n        ...GasReviewFields\n      }\n    }\n  }\n": types.ClientRecordDocument,
    "\n  mutation CreateClient($input: CreateClientInput!) {\n    createClient(input: $input) {\n      ...ClientDetailsFields\n    }\n  }\n": types.CreateClientDocument,
    "\n  mutation UpdateClient($id: ID!, $version: Int!, $input: UpdateClientInput!) {\n    updateClient(id: $id, version: $version, input: $input) {\n      ...ClientDetailsFields\n    }\n  }\n": types.UpdateClientDocument,
    "\n  mutation ChangeClientStatus($input: ChangeClientStatusInput!) {\n    changeClientStatus(input: $input) {\n      ...ClientDetailsFields\n    }\n  }\n": types.ChangeClientStatusDocument,
    "\n  mutation CreateGoal($input: CreateGoalInput!) {\n    createGoal(input: $input) {\n      ...GoalFields\n    }\n  }\n": types.CreateGoalDocument,
    "\n  mutation UpdateGoal($id: ID!, $version: Int!, $input: GoalInput!) {\n    updateGoal(id: $id, version: $version, input: $input) {\n      ...GoalFields\n    }\n  }\n": types.UpdateGoalDocument,
    "\n  mutation ChangeGoalStatus($input: ChangeGoalStatusInput!) {\n    changeGoalStatus(input: $input) {\n      ...GoalFields\n    }\n  }\n": types.ChangeGoalStatusDocument,
    "\n  mutation ReorderGoals($clientId: ID!, $goalIds: [ID!]!) {\n    reorderGoals(clientId: $clientId, goalIds: $goalIds) {\n      id\n      version\n    }\n  }\n": types.ReorderGoalsDocument,
    "\n  mutation AddMilestone($goalId: ID!, $input: MilestoneInput!) {\n    addMilestone(goalId: $goalId, input: $input) {\n      ...MilestoneFields\n    }\n  }\n": types.AddMilestoneDocument,
    "\n  mutation UpdateMilestone($id: ID!, $version: Int!, $input: MilestoneInput!) {\n    updateMilestone(id: $id, version: $version, input: $input) {\n      ...MilestoneFields\n    }\n  }\n": types.UpdateMilestoneDocument,
    "\n  mutation RemoveMilestone($id: ID!, $version: Int!) {\n    removeMilestone(id: $id, version: $version)\n  }\n": types.RemoveMilestoneDocument,
    "\n  mutation ReorderMilestones($goalId: ID!, $milestoneIds: [ID!]!) {\n    reorderMilestones(goalId: $goalId, milestoneIds: $milestoneIds) {\n      id\n      version\n    }\n  }\n": types.ReorderMilestonesDocument,
    "\n  mutation TickMilestone($id: ID!) {\n    tickMilestone(id: $id) {\n      ...MilestoneFields\n    }\n  }\n": types.TickMilestoneDocument,
    "\n  mutation UntickMilestone($id: ID!) {\n    untickMilestone(id: $id) {\n      ...MilestoneFields\n    }\n  }\n": types.UntickMilestoneDocument,
    "\n  mutation RecordGasReview($input: RecordGasReviewInput!) {\n    recordGasReview(input: $input) {\n      ...GasReviewFields\n    }\n  }\n": types.RecordGasReviewDocument,
    "\n  mutation LogProgressEntry($clientId: ID!, $input: ProgressEntryInput!) {\n    logProgressEntry(clientId: $clientId, input: $input) {\n      ...ProgressEntryFields\n    }\n  }\n": types.LogProgressEntryDocument,
    "\n  mutation UpdateProgressEntry($id: ID!, $version: Int!, $input: ProgressEntryInput!) {\n    updateProgressEntry(id: $id, version: $version, input: $input) {\n      ...ProgressEntryFields\n    }\n  }\n": types.UpdateProgressEntryDocument,
    "\n  mutation RemoveProgressEntry($id: ID!, $version: Int!) {\n    removeProgressEntry(id: $id, version: $version)\n  }\n": types.RemoveProgressEntryDocument,
    "\n  fragment MeasureResponseFields on MeasureResponse {\n    id\n    version\n    instrument\n    administeredOn\n    answers\n    isComplete\n    total\n    severity\n    difficulty\n    moodWord\n    hasSafetyFlag\n    change {\n      fromBaseline\n      fromPrevious\n      reliableChange\n      isCase\n      hasRecovered\n      hasReliablyRecovered\n      hasResponded\n      isInRemission\n    }\n  }\n": types.MeasureResponseFieldsFragmentDoc,
    "\n  fragment SafetyFlagFields on SafetyFlag {\n    id\n    measureResponseId\n    raisedAt\n    isReviewed\n    reviewedAt\n    reviewedBy {\n      id\n      displayName\n    }\n    reviewNote\n  }\n": types.SafetyFlagFieldsFragmentDoc,
    "\n  fragment MeasureScheduleFields on MeasureSchedule {\n    instrument\n    everyWeeks\n    nextDueOn\n    isOverdue\n  }\n": types.MeasureScheduleFieldsFragmentDoc,
    "\n  fragment CrisisResourceFields on CrisisResource {\n    label\n    contact\n  }\n": types.CrisisResourceFieldsFragmentDoc,
    "\n  query MeasureRecord($id: ID!) {\n    client(id: $id) {\n      id\n      startedOn\n      measureResponses {\n        ...MeasureResponseFields\n      }\n      safetyFlags {\n        ...SafetyFlagFields\n      }\n      unreviewedSafetyFlagCount\n      measureSchedules {\n        ...MeasureScheduleFields\n      }\n      overdueMeasures\n      notOnTrack {\n        instrument\n        reason\n      }\n      gasReviews {\n        id\n        reviewedOn\n        tScore\n      }\n      progressEntries {\n        id\n        kind\n        occurredOn\n      }\n      goals {\n        id\n        milestones {\n          id\n          doneAt\n        }\n      }\n    }\n    crisisResources {\n      ...CrisisResourceFields\n    }\n  }\n": types.MeasureRecordDocument,
    "\n  mutation RecordMeasure($input: RecordMeasureInput!) {\n    recordMeasure(input: $input) {\n      ...MeasureResponseFields\n    }\n  }\n": types.RecordMeasureDocument,
    "\n  mutation UpdateMeasureDraft($input: UpdateMeasureDraftInput!) {\n    updateMeasureDraft(input: $input) {\n      ...MeasureResponseFields\n    }\n  }\n": types.UpdateMeasureDraftDocument,
    "\n  mutation ReviewSafetyFlag($id: ID!, $note: String!) {\n    reviewSafetyFlag(id: $id, note: $note) {\n      ...SafetyFlagFields\n    }\n  }\n": types.ReviewSafetyFlagDocument,
    "\n  mutation SetMeasureSchedule($clientId: ID!, $instrument: Instrument!, $everyWeeks: Int) {\n    setMeasureSchedule(clientId: $clientId, instrument: $instrument, everyWeeks: $everyWeeks) {\n      ...MeasureScheduleFields\n    }\n  }\n": types.SetMeasureScheduleDocument,
    "\n  fragment SessionNoteFields on SessionNote {\n    id\n    version\n    sessionId\n    clientId\n    format\n    status\n    sections {\n      key\n      title\n      text\n    }\n    author {\n      id\n      displayName\n      defaultNoteFormat\n    }\n    createdAt\n    updatedAt\n    signedAt\n    signedBy {\n      id\n      displayName\n    }\n    addenda {\n      id\n      text\n      createdAt\n      author {\n        id\n        displayName\n      }\n    }\n    history {\n      action\n      at\n      actor {\n        id\n        displayName\n      }\n    }\n  }\n": types.SessionNoteFieldsFragmentDoc,
    "\n  fragment PrivateNoteFields on PrivateNote {\n    id\n    version\n    sessionId\n    text\n    updatedAt\n  }\n": types.PrivateNoteFieldsFragmentDoc,
    "\n  fragment NoteSessionRecordFields on TherapySession {\n    id\n    modality\n    startedAt\n    endedAt\n    durationMinutes\n    isFirst\n    notes\n    promptsAsked {\n      id\n      text\n      answer\n    }\n    milestonesTicked {\n      id\n      title\n    }\n    progressEntries {\n      id\n      kind\n      clientWords\n      isEffort\n    }\n    measures {\n      id\n      instrument\n      total\n      moodWord\n      hasSafetyFlag\n    }\n  }\n": types.NoteSessionRecordFieldsFragmentDoc,
    "\n  query NotePage($noteId: ID!, $clientId: ID!) {\n    client(id: $clientId) {\n      id\n      preferredName\n      pronouns\n    }\n    sessionNote(id: $noteId) {\n      ...SessionNoteFields\n      session {\n        ...NoteSessionRecordFields\n        privateNote {\n          ...PrivateNoteFields\n        }\n      }\n    }\n  }\n": types.NotePageDocument,
    "\n  query ClientNotes($clientId: ID!) {\n    client(id: $clientId) {\n      id\n      notes {\n        id\n        format\n        status\n        signedAt\n        signedBy {\n          id\n          displayName\n        }\n        session {\n          id\n          startedAt\n        }\n      }\n    }\n  }\n": types.ClientNotesDocument,
    "\n  query ProgressLetterPage($clientId: ID!, $from: Date!, $to: Date!, $includeScores: Boolean) {\n    client(id: $clientId) {\n      id\n      preferredName\n    }\n    progressLetter(clientId: $clientId, from: $from, to: $to, includeScores: $includeScores) {\n      clientId\n      from\n      to\n      paragraphs\n    }\n  }\n": types.ProgressLetterPageDocument,
    "\n  mutation DraftSessionNote($sessionId: ID!, $format: NoteFormat) {\n    draftSessionNote(sessionId: $sessionId, format: $format) {\n      ...SessionNoteFields\n    }\n  }\n": types.DraftSessionNoteDocument,
    "\n  mutation SaveSessionNote($id: ID!, $version: Int!, $sections: [NoteSectionInput!]!) {\n    saveSessionNote(id: $id, version: $version, sections: $sections) {\n      ...SessionNoteFields\n    }\n  }\n": types.SaveSessionNoteDocument,
    "\n  mutation ChangeNoteFormat($id: ID!, $version: Int!, $format: NoteFormat!) {\n    changeNoteFormat(id: $id, version: $version, format: $format) {\n      ...SessionNoteFields\n    }\n  }\n": types.ChangeNoteFormatDocument,
    "\n  mutation SignSessionNote($id: ID!, $version: Int!) {\n    signSessionNote(id: $id, version: $version) {\n      ...SessionNoteFields\n    }\n  }\n": types.SignSessionNoteDocument,
    "\n  mutation AddNoteAddendum($noteId: ID!, $text: String!) {\n    addNoteAddendum(noteId: $noteId, text: $text) {\n      id\n      text\n      createdAt\n      author {\n        id\n        displayName\n      }\n    }\n  }\n": types.AddNoteAddendumDocument,
    "\n  mutation SavePrivateNote($sessionId: ID!, $text: String!, $version: Int) {\n    savePrivateNote(sessionId: $sessionId, text: $text, version: $version) {\n      ...PrivateNoteFields\n    }\n  }\n": types.SavePrivateNoteDocument,
    "\n  mutation SetDefaultNoteFormat($format: NoteFormat!) {\n    setDefaultNoteFormat(format: $format) {\n      id\n      defaultNoteFormat\n    }\n  }\n": types.SetDefaultNoteFormatDocument,
    "\n  mutation RecordNoteExport($id: ID!, $kind: NoteExportKind!) {\n    recordNoteExport(id: $id, kind: $kind)\n  }\n": types.RecordNoteExportDocument,
    "\n  fragment LibraryPromptFields on Prompt {\n    id\n    text\n    situations\n    isBuiltIn\n    isHidden\n    version\n  }\n": types.LibraryPromptFieldsFragmentDoc,
    "\n  query PromptLibraryPage {\n    prompts {\n      ...LibraryPromptFields\n    }\n  }\n": types.PromptLibraryPageDocument,
    "\n  mutation CreateOwnPrompt($input: PromptInput!) {\n    createPrompt(input: $input) {\n      ...LibraryPromptFields\n    }\n  }\n": types.CreateOwnPromptDocument,
    "\n  mutation UpdateOwnPrompt($id: ID!, $version: Int!, $input: PromptInput!) {\n    updatePrompt(id: $id, version: $version, input: $input) {\n      ...LibraryPromptFields\n    }\n  }\n": types.UpdateOwnPromptDocument,
    "\n  mutation SetPromptHidden($id: ID!, $isHidden: Boolean!) {\n    setPromptHidden(id: $id, isHidden: $isHidden) {\n      id\n      isHidden\n    }\n  }\n": types.SetPromptHiddenDocument,
    "\n  fragment SessionScreenSessionFields on TherapySession {\n    id\n    version\n    clientId\n    modality\n    startedAt\n    endedAt\n    durationMinutes\n    isFirst\n    notes\n    promptsAsked {\n      id\n      promptId\n      text\n      reason\n      askedAt\n      answer\n    }\n    progressEntries {\n      ...ProgressEntryFields\n      sessionId\n    }\n    measures {\n      id\n      instrument\n      total\n      isComplete\n      moodWord\n      hasSafetyFlag\n      sessionId\n    }\n    promptSuggestions {\n      situation\n      reason\n      prompt {\n        id\n        text\n      }\n    }\n  }\n": types.SessionScreenSessionFieldsFragmentDoc,
    "\n  query SessionScreen($clientId: ID!) {\n    client(id: $clientId) {\n      id\n      preferredName\n      pronouns\n      status\n      goals {\n        id\n        clientWords\n        status\n        targetDate\n        milestones {\n          ...MilestoneFields\n        }\n      }\n      openSession {\n        ...SessionScreenSessionFields\n      }\n    }\n  }\n": types.SessionScreenDocument,
    "\n  mutation StartSessionFromScreen($input: StartSessionInput!, $idempotencyKey: ID) {\n    startSession(input: $input, idempotencyKey: $idempotencyKey) {\n      ...SessionScreenSessionFields\n    }\n  }\n": types.StartSessionFromScreenDocument,
    "\n  mutation SessionTickMilestone($id: ID!, $sessionId: ID, $idempotencyKey: ID) {\n    tickMilestone(id: $id, sessionId: $sessionId, idempotencyKey: $idempotencyKey) {\n      ...MilestoneFields\n    }\n  }\n": types.SessionTickMilestoneDocument,
    "\n  mutation SessionUntickMilestone($id: ID!, $sessionId: ID, $idempotencyKey: ID) {\n    untickMilestone(id: $id, sessionId: $sessionId, idempotencyKey: $idempotencyKey) {\n      ...MilestoneFields\n    }\n  }\n": types.SessionUntickMilestoneDocument,
    "\n  mutation SessionLogProgress(\n    $clientId: ID!\n    $input: ProgressEntryInput!\n    $sessionId: ID\n    $idempotencyKey: ID\n  ) {\n    logProgressEntry(\n      clientId: $clientId\n      input: $input\n      sessionId: $sessionId\n      idempotencyKey: $idempotencyKey\n    ) {\n      ...ProgressEntryFields\n      sessionId\n    }\n  }\n": types.SessionLogProgressDocument,
    "\n  mutation SessionRecordMeasure($input: RecordMeasureInput!, $idempotencyKey: ID) {\n    recordMeasure(input: $input, idempotencyKey: $idempotencyKey) {\n      id\n      instrument\n      total\n      isComplete\n      moodWord\n      hasSafetyFlag\n      sessionId\n    }\n  }\n": types.SessionRecordMeasureDocument,
    "\n  mutation SessionMarkPromptAsked(\n    $sessionId: ID!\n    $promptId: ID!\n    $reason: String\n    $idempotencyKey: ID\n  ) {\n    markPromptAsked(\n      sessionId: $sessionId\n      promptId: $promptId\n      reason: $reason\n      idempotencyKey: $idempotencyKey\n    ) {\n      id\n      promptId\n      text\n      reason\n      askedAt\n      answer\n    }\n  }\n": types.SessionMarkPromptAskedDocument,
    "\n  mutation SessionAnswerPrompt(\n    $sessionId: ID!\n    $promptId: ID!\n    $answer: String!\n    $reason: String\n    $idempotencyKey: ID\n  ) {\n    recordPromptAnswer(\n      sessionId: $sessionId\n      promptId: $promptId\n      answer: $answer\n      reason: $reason\n      idempotencyKey: $idempotencyKey\n    ) {\n      id\n      promptId\n      text\n      reason\n      askedAt\n      answer\n    }\n  }\n": types.SessionAnswerPromptDocument,
    "\n  mutation SessionSaveNotes($id: ID!, $notes: String!, $idempotencyKey: ID) {\n    saveSessionNotes(id: $id, notes: $notes, idempotencyKey: $idempotencyKey) {\n      id\n      version\n      notes\n    }\n  }\n": types.SessionSaveNotesDocument,
    "\n  mutation SessionEnd($id: ID!, $endedAt: DateTime, $idempotencyKey: ID) {\n    endSession(id: $id, endedAt: $endedAt, idempotencyKey: $idempotencyKey) {\n      id\n      version\n      endedAt\n      durationMinutes\n    }\n  }\n": types.SessionEndDocument,
    "\n  query ClientSessions($clientId: ID!) {\n    client(id: $clientId) {\n      id\n      sessions {\n        id\n        startedAt\n        endedAt\n        durationMinutes\n        modality\n        note {\n          id\n          status\n        }\n      }\n    }\n  }\n": types.ClientSessionsDocument,
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
export function graphql(source: "\n  query Caseload($clinicianId: ID) {\n    caseload(clinicianId: $clinicianId) {\n      id\n      preferredName\n      pronouns\n      status\n      activeGoalCount\n      activeGoalDomains\n      lastProgressOn\n      lastSessionAt\n      notesToSignCount\n      attention {\n        kind\n        label\n        detail\n        evidence\n      }\n      goodNews {\n        kind\n        label\n        detail\n        evidence\n      }\n    }\n  }\n"): (typeof documents)["\n  query Caseload($clinicianId: ID) {\n    caseload(clinicianId: $clinicianId) {\n      id\n      preferredName\n      pronouns\n      status\n      activeGoalCount\n      activeGoalDomains\n      lastProgressOn\n      lastSessionAt\n      notesToSignCount\n      attention {\n        kind\n        label\n        detail\n        evidence\n      }\n      goodNews {\n        kind\n        label\n        detail\n        evidence\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CaseloadSupervisees {\n    viewer {\n      ...ViewerFields\n      clinician {\n        id\n        supervisees {\n          id\n          displayName\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CaseloadSupervisees {\n    viewer {\n      ...ViewerFields\n      clinician {\n        id\n        supervisees {\n          id\n          displayName\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ClientDetailsFields on Client {\n    id\n    version\n    preferredName\n    pronouns\n    status\n    startedOn\n    primaryClinician {\n      id\n      displayName\n    }\n    baseline {\n      text\n      recordedOn\n    }\n    statusHistory {\n      status\n      changedOn\n      reason\n      changedBy {\n        id\n        displayName\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment ClientDetailsFields on Client {\n    id\n    version\n    preferredName\n    pronouns\n    status\n    startedOn\n    primaryClinician {\n      id\n      displayName\n    }\n    baseline {\n      text\n      recordedOn\n    }\n    statusHistory {\n      status\n      changedOn\n      reason\n      changedBy {\n        id\n        displayName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MilestoneFields on Milestone {\n    id\n    version\n    goalId\n    title\n    dueOn\n    doneAt\n    doneInSessionId\n  }\n"): (typeof documents)["\n  fragment MilestoneFields on Milestone {\n    id\n    version\n    goalId\n    title\n    dueOn\n    doneAt\n    doneInSessionId\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment GoalFields on Goal {\n    id\n    version\n    clientWords\n    clinicianWording\n    domain\n    specific\n    measureOfSuccess\n    targetDate\n    gasLevels {\n      muchLess\n      less\n      expected\n      more\n      muchMore\n    }\n    weight\n    status\n    statusHistory {\n      status\n      changedAt\n      reason\n      changedBy {\n        id\n        displayName\n      }\n    }\n    milestones {\n      ...MilestoneFields\n    }\n  }\n"): (typeof documents)["\n  fragment GoalFields on Goal {\n    id\n    version\n    clientWords\n    clinicianWording\n    domain\n    specific\n    measureOfSuccess\n    targetDate\n    gasLevels {\n      muchLess\n      less\n      expected\n      more\n      muchMore\n    }\n    weight\n    status\n    statusHistory {\n      status\n      changedAt\n      reason\n      changedBy {\n        id\n        displayName\n      }\n    }\n    milestones {\n      ...MilestoneFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ProgressEntryFields on ProgressEntry {\n    id\n    version\n    kind\n    category\n    clientWords\n    isEffort\n    occurredOn\n    goalId\n  }\n"): (typeof documents)["\n  fragment ProgressEntryFields on ProgressEntry {\n    id\n    version\n    kind\n    category\n    clientWords\n    isEffort\n    occurredOn\n    goalId\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment GasReviewFields on GasReview {\n    id\n    reviewedOn\n    tScore\n    ratings {\n      goalId\n      level\n      weight\n    }\n  }\n"): (typeof documents)["\n  fragment GasReviewFields on GasReview {\n    id\n    reviewedOn\n    tScore\n    ratings {\n      goalId\n      level\n      weight\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ClientRecord($id: ID!) {\n    client(id: $id) {\n      ...ClientDetailsFields\n      goals {\n        ...GoalFields\n      }\n      progressEntries {\n        ...ProgressEntryFields\n      }\n      gasReviews {\n        ...GasReviewFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query ClientRecord($id: ID!) {\n    client(id: $id) {\n      ...ClientDetailsFields\n      goals {\n        ...GoalFields\n      }\n      progressEntries {\n        ...ProgressEntryFields\n      }\n      gasReviews {\n        ...GasReviewFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateClient($input: CreateClientInput!) {\n    createClient(input: $input) {\n      ...ClientDetailsFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateClient($input: CreateClientInput!) {\n    createClient(input: $input) {\n      ...ClientDetailsFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateClient($id: ID!, $version: Int!, $input: UpdateClientInput!) {\n    updateClient(id: $id, version: $version, input: $input) {\n      ...ClientDetailsFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateClient($id: ID!, $version: Int!, $input: UpdateClientInput!) {\n    updateClient(id: $id, version: $version, input: $input) {\n      ...ClientDetailsFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeClientStatus($input: ChangeClientStatusInput!) {\n    changeClientStatus(input: $input) {\n      ...ClientDetailsFields\n    }\n  }\n"): (typeof documents)["\n  mutation ChangeClientStatus($input: ChangeClientStatusInput!) {\n    changeClientStatus(input: $input) {\n      ...ClientDetailsFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateGoal($input: CreateGoalInput!) {\n    createGoal(input: $input) {\n      ...GoalFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateGoal($input: CreateGoalInput!) {\n    createGoal(input: $input) {\n      ...GoalFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateGoal($id: ID!, $version: Int!, $input: GoalInput!) {\n    updateGoal(id: $id, version: $version, input: $input) {\n      ...GoalFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateGoal($id: ID!, $version: Int!, $input: GoalInput!) {\n    updateGoal(id: $id, version: $version, input: $input) {\n      ...GoalFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeGoalStatus($input: ChangeGoalStatusInput!) {\n    changeGoalStatus(input: $input) {\n      ...GoalFields\n    }\n  }\n"): (typeof documents)["\n  mutation ChangeGoalStatus($input: ChangeGoalStatusInput!) {\n    changeGoalStatus(input: $input) {\n      ...GoalFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReorderGoals($clientId: ID!, $goalIds: [ID!]!) {\n    reorderGoals(clientId: $clientId, goalIds: $goalIds) {\n      id\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation ReorderGoals($clientId: ID!, $goalIds: [ID!]!) {\n    reorderGoals(clientId: $clientId, goalIds: $goalIds) {\n      id\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddMilestone($goalId: ID!, $input: MilestoneInput!) {\n    addMilestone(goalId: $goalId, input: $input) {\n      ...MilestoneFields\n    }\n  }\n"): (typeof documents)["\n  mutation AddMilestone($goalId: ID!, $input: MilestoneInput!) {\n    addMilestone(goalId: $goalId, input: $input) {\n      ...MilestoneFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateMilestone($id: ID!, $version: Int!, $input: MilestoneInput!) {\n    updateMilestone(id: $id, version: $version, input: $input) {\n      ...MilestoneFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateMilestone($id: ID!, $version: Int!, $input: MilestoneInput!) {\n    updateMilestone(id: $id, version: $version, input: $input) {\n      ...MilestoneFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveMilestone($id: ID!, $version: Int!) {\n    removeMilestone(id: $id, version: $version)\n  }\n"): (typeof documents)["\n  mutation RemoveMilestone($id: ID!, $version: Int!) {\n    removeMilestone(id: $id, version: $version)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReorderMilestones($goalId: ID!, $milestoneIds: [ID!]!) {\n    reorderMilestones(goalId: $goalId, milestoneIds: $milestoneIds) {\n      id\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation ReorderMilestones($goalId: ID!, $milestoneIds: [ID!]!) {\n    reorderMilestones(goalId: $goalId, milestoneIds: $milestoneIds) {\n      id\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TickMilestone($id: ID!) {\n    tickMilestone(id: $id) {\n      ...MilestoneFields\n    }\n  }\n"): (typeof documents)["\n  mutation TickMilestone($id: ID!) {\n    tickMilestone(id: $id) {\n      ...MilestoneFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UntickMilestone($id: ID!) {\n    untickMilestone(id: $id) {\n      ...MilestoneFields\n    }\n  }\n"): (typeof documents)["\n  mutation UntickMilestone($id: ID!) {\n    untickMilestone(id: $id) {\n      ...MilestoneFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordGasReview($input: RecordGasReviewInput!) {\n    recordGasReview(input: $input) {\n      ...GasReviewFields\n    }\n  }\n"): (typeof documents)["\n  mutation RecordGasReview($input: RecordGasReviewInput!) {\n    recordGasReview(input: $input) {\n      ...GasReviewFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LogProgressEntry($clientId: ID!, $input: ProgressEntryInput!) {\n    logProgressEntry(clientId: $clientId, input: $input) {\n      ...ProgressEntryFields\n    }\n  }\n"): (typeof documents)["\n  mutation LogProgressEntry($clientId: ID!, $input: ProgressEntryInput!) {\n    logProgressEntry(clientId: $clientId, input: $input) {\n      ...ProgressEntryFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateProgressEntry($id: ID!, $version: Int!, $input: ProgressEntryInput!) {\n    updateProgressEntry(id: $id, version: $version, input: $input) {\n      ...ProgressEntryFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateProgressEntry($id: ID!, $version: Int!, $input: ProgressEntryInput!) {\n    updateProgressEntry(id: $id, version: $version, input: $input) {\n      ...ProgressEntryFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveProgressEntry($id: ID!, $version: Int!) {\n    removeProgressEntry(id: $id, version: $version)\n  }\n"): (typeof documents)["\n  mutation RemoveProgressEntry($id: ID!, $version: Int!) {\n    removeProgressEntry(id: $id, version: $version)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MeasureResponseFields on MeasureResponse {\n    id\n    version\n    instrument\n    administeredOn\n    answers\n    isComplete\n    total\n    severity\n    difficulty\n    moodWord\n    hasSafetyFlag\n    change {\n      fromBaseline\n      fromPrevious\n      reliableChange\n      isCase\n      hasRecovered\n      hasReliablyRecovered\n      hasResponded\n      isInRemission\n    }\n  }\n"): (typeof documents)["\n  fragment MeasureResponseFields on MeasureResponse {\n    id\n    version\n    instrument\n    administeredOn\n    answers\n    isComplete\n    total\n    severity\n    difficulty\n    moodWord\n    hasSafetyFlag\n    change {\n      fromBaseline\n      fromPrevious\n      reliableChange\n      isCase\n      hasRecovered\n      hasReliablyRecovered\n      hasResponded\n      isInRemission\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SafetyFlagFields on SafetyFlag {\n    id\n    measureResponseId\n    raisedAt\n    isReviewed\n    reviewedAt\n    reviewedBy {\n      id\n      displayName\n    }\n    reviewNote\n  }\n"): (typeof documents)["\n  fragment SafetyFlagFields on SafetyFlag {\n    id\n    measureResponseId\n    raisedAt\n    isReviewed\n    reviewedAt\n    reviewedBy {\n      id\n      displayName\n    }\n    reviewNote\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MeasureScheduleFields on MeasureSchedule {\n    instrument\n    everyWeeks\n    nextDueOn\n    isOverdue\n  }\n"): (typeof documents)["\n  fragment MeasureScheduleFields on MeasureSchedule {\n    instrument\n    everyWeeks\n    nextDueOn\n    isOverdue\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CrisisResourceFields on CrisisResource {\n    label\n    contact\n  }\n"): (typeof documents)["\n  fragment CrisisResourceFields on CrisisResource {\n    label\n    contact\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MeasureRecord($id: ID!) {\n    client(id: $id) {\n      id\n      startedOn\n      measureResponses {\n        ...MeasureResponseFields\n      }\n      safetyFlags {\n        ...SafetyFlagFields\n      }\n      unreviewedSafetyFlagCount\n      measureSchedules {\n        ...MeasureScheduleFields\n      }\n      overdueMeasures\n      notOnTrack {\n        instrument\n        reason\n      }\n      gasReviews {\n        id\n        reviewedOn\n        tScore\n      }\n      progressEntries {\n        id\n        kind\n        occurredOn\n      }\n      goals {\n        id\n        milestones {\n          id\n          doneAt\n        }\n      }\n    }\n    crisisResources {\n      ...CrisisResourceFields\n    }\n  }\n"): (typeof documents)["\n  query MeasureRecord($id: ID!) {\n    client(id: $id) {\n      id\n      startedOn\n      measureResponses {\n        ...MeasureResponseFields\n      }\n      safetyFlags {\n        ...SafetyFlagFields\n      }\n      unreviewedSafetyFlagCount\n      measureSchedules {\n        ...MeasureScheduleFields\n      }\n      overdueMeasures\n      notOnTrack {\n        instrument\n        reason\n      }\n      gasReviews {\n        id\n        reviewedOn\n        tScore\n      }\n      progressEntries {\n        id\n        kind\n        occurredOn\n      }\n      goals {\n        id\n        milestones {\n          id\n          doneAt\n        }\n      }\n    }\n    crisisResources {\n      ...CrisisResourceFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordMeasure($input: RecordMeasureInput!) {\n    recordMeasure(input: $input) {\n      ...MeasureResponseFields\n    }\n  }\n"): (typeof documents)["\n  mutation RecordMeasure($input: RecordMeasureInput!) {\n    recordMeasure(input: $input) {\n      ...MeasureResponseFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateMeasureDraft($input: UpdateMeasureDraftInput!) {\n    updateMeasureDraft(input: $input) {\n      ...MeasureResponseFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateMeasureDraft($input: UpdateMeasureDraftInput!) {\n    updateMeasureDraft(input: $input) {\n      ...MeasureResponseFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReviewSafetyFlag($id: ID!, $note: String!) {\n    reviewSafetyFlag(id: $id, note: $note) {\n      ...SafetyFlagFields\n    }\n  }\n"): (typeof documents)["\n  mutation ReviewSafetyFlag($id: ID!, $note: String!) {\n    reviewSafetyFlag(id: $id, note: $note) {\n      ...SafetyFlagFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetMeasureSchedule($clientId: ID!, $instrument: Instrument!, $everyWeeks: Int) {\n    setMeasureSchedule(clientId: $clientId, instrument: $instrument, everyWeeks: $everyWeeks) {\n      ...MeasureScheduleFields\n    }\n  }\n"): (typeof documents)["\n  mutation SetMeasureSchedule($clientId: ID!, $instrument: Instrument!, $everyWeeks: Int) {\n    setMeasureSchedule(clientId: $clientId, instrument: $instrument, everyWeeks: $everyWeeks) {\n      ...MeasureScheduleFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SessionNoteFields on SessionNote {\n    id\n    version\n    sessionId\n    clientId\n    format\n    status\n    sections {\n      key\n      title\n      text\n    }\n    author {\n      id\n      displayName\n      defaultNoteFormat\n    }\n    createdAt\n    updatedAt\n    signedAt\n    signedBy {\n      id\n      displayName\n    }\n    addenda {\n      id\n      text\n      createdAt\n      author {\n        id\n        displayName\n      }\n    }\n    history {\n      action\n      at\n      actor {\n        id\n        displayName\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment SessionNoteFields on SessionNote {\n    id\n    version\n    sessionId\n    clientId\n    format\n    status\n    sections {\n      key\n      title\n      text\n    }\n    author {\n      id\n      displayName\n      defaultNoteFormat\n    }\n    createdAt\n    updatedAt\n    signedAt\n    signedBy {\n      id\n      displayName\n    }\n    addenda {\n      id\n      text\n      createdAt\n      author {\n        id\n        displayName\n      }\n    }\n    history {\n      action\n      at\n      actor {\n        id\n        displayName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PrivateNoteFields on PrivateNote {\n    id\n    version\n    sessionId\n    text\n    updatedAt\n  }\n"): (typeof documents)["\n  fragment PrivateNoteFields on PrivateNote {\n    id\n    version\n    sessionId\n    text\n    updatedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment NoteSessionRecordFields on TherapySession {\n    id\n    modality\n    startedAt\n    endedAt\n    durationMinutes\n    isFirst\n    notes\n    promptsAsked {\n      id\n      text\n      answer\n    }\n    milestonesTicked {\n      id\n      title\n    }\n    progressEntries {\n      id\n      kind\n      clientWords\n      isEffort\n    }\n    measures {\n      id\n      instrument\n      total\n      moodWord\n      hasSafetyFlag\n    }\n  }\n"): (typeof documents)["\n  fragment NoteSessionRecordFields on TherapySession {\n    id\n    modality\n    startedAt\n    endedAt\n    durationMinutes\n    isFirst\n    notes\n    promptsAsked {\n      id\n      text\n      answer\n    }\n    milestonesTicked {\n      id\n      title\n    }\n    progressEntries {\n      id\n      kind\n      clientWords\n      isEffort\n    }\n    measures {\n      id\n      instrument\n      total\n      moodWord\n      hasSafetyFlag\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NotePage($noteId: ID!, $clientId: ID!) {\n    client(id: $clientId) {\n      id\n      preferredName\n      pronouns\n    }\n    sessionNote(id: $noteId) {\n      ...SessionNoteFields\n      session {\n        ...NoteSessionRecordFields\n        privateNote {\n          ...PrivateNoteFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query NotePage($noteId: ID!, $clientId: ID!) {\n    client(id: $clientId) {\n      id\n      preferredName\n      pronouns\n    }\n    sessionNote(id: $noteId) {\n      ...SessionNoteFields\n      session {\n        ...NoteSessionRecordFields\n        privateNote {\n          ...PrivateNoteFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ClientNotes($clientId: ID!) {\n    client(id: $clientId) {\n      id\n      notes {\n        id\n        format\n        status\n        signedAt\n        signedBy {\n          id\n          displayName\n        }\n        session {\n          id\n          startedAt\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ClientNotes($clientId: ID!) {\n    client(id: $clientId) {\n      id\n      notes {\n        id\n        format\n        status\n        signedAt\n        signedBy {\n          id\n          displayName\n        }\n        session {\n          id\n          startedAt\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProgressLetterPage($clientId: ID!, $from: Date!, $to: Date!, $includeScores: Boolean) {\n    client(id: $clientId) {\n      id\n      preferredName\n    }\n    progressLetter(clientId: $clientId, from: $from, to: $to, includeScores: $includeScores) {\n      clientId\n      from\n      to\n      paragraphs\n    }\n  }\n"): (typeof documents)["\n  query ProgressLetterPage($clientId: ID!, $from: Date!, $to: Date!, $includeScores: Boolean) {\n    client(id: $clientId) {\n      id\n      preferredName\n    }\n    progressLetter(clientId: $clientId, from: $from, to: $to, includeScores: $includeScores) {\n      clientId\n      from\n      to\n      paragraphs\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DraftSessionNote($sessionId: ID!, $format: NoteFormat) {\n    draftSessionNote(sessionId: $sessionId, format: $format) {\n      ...SessionNoteFields\n    }\n  }\n"): (typeof documents)["\n  mutation DraftSessionNote($sessionId: ID!, $format: NoteFormat) {\n    draftSessionNote(sessionId: $sessionId, format: $format) {\n      ...SessionNoteFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveSessionNote($id: ID!, $version: Int!, $sections: [NoteSectionInput!]!) {\n    saveSessionNote(id: $id, version: $version, sections: $sections) {\n      ...SessionNoteFields\n    }\n  }\n"): (typeof documents)["\n  mutation SaveSessionNote($id: ID!, $version: Int!, $sections: [NoteSectionInput!]!) {\n    saveSessionNote(id: $id, version: $version, sections: $sections) {\n      ...SessionNoteFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeNoteFormat($id: ID!, $version: Int!, $format: NoteFormat!) {\n    changeNoteFormat(id: $id, version: $version, format: $format) {\n      ...SessionNoteFields\n    }\n  }\n"): (typeof documents)["\n  mutation ChangeNoteFormat($id: ID!, $version: Int!, $format: NoteFormat!) {\n    changeNoteFormat(id: $id, version: $version, format: $format) {\n      ...SessionNoteFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignSessionNote($id: ID!, $version: Int!) {\n    signSessionNote(id: $id, version: $version) {\n      ...SessionNoteFields\n    }\n  }\n"): (typeof documents)["\n  mutation SignSessionNote($id: ID!, $version: Int!) {\n    signSessionNote(id: $id, version: $version) {\n      ...SessionNoteFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddNoteAddendum($noteId: ID!, $text: String!) {\n    addNoteAddendum(noteId: $noteId, text: $text) {\n      id\n      text\n      createdAt\n      author {\n        id\n        displayName\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AddNoteAddendum($noteId: ID!, $text: String!) {\n    addNoteAddendum(noteId: $noteId, text: $text) {\n      id\n      text\n      createdAt\n      author {\n        id\n        displayName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SavePrivateNote($sessionId: ID!, $text: String!, $version: Int) {\n    savePrivateNote(sessionId: $sessionId, text: $text, version: $version) {\n      ...PrivateNoteFields\n    }\n  }\n"): (typeof documents)["\n  mutation SavePrivateNote($sessionId: ID!, $text: String!, $version: Int) {\n    savePrivateNote(sessionId: $sessionId, text: $text, version: $version) {\n      ...PrivateNoteFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetDefaultNoteFormat($format: NoteFormat!) {\n    setDefaultNoteFormat(format: $format) {\n      id\n      defaultNoteFormat\n    }\n  }\n"): (typeof documents)["\n  mutation SetDefaultNoteFormat($format: NoteFormat!) {\n    setDefaultNoteFormat(format: $format) {\n      id\n      defaultNoteFormat\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordNoteExport($id: ID!, $kind: NoteExportKind!) {\n    recordNoteExport(id: $id, kind: $kind)\n  }\n"): (typeof documents)["\n  mutation RecordNoteExport($id: ID!, $kind: NoteExportKind!) {\n    recordNoteExport(id: $id, kind: $kind)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment LibraryPromptFields on Prompt {\n    id\n    text\n    situations\n    isBuiltIn\n    isHidden\n    version\n  }\n"): (typeof documents)["\n  fragment LibraryPromptFields on Prompt {\n    id\n    text\n    situations\n    isBuiltIn\n    isHidden\n    version\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PromptLibraryPage {\n    prompts {\n      ...LibraryPromptFields\n    }\n  }\n"): (typeof documents)["\n  query PromptLibraryPage {\n    prompts {\n      ...LibraryPromptFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateOwnPrompt($input: PromptInput!) {\n    createPrompt(input: $input) {\n      ...LibraryPromptFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateOwnPrompt($input: PromptInput!) {\n    createPrompt(input: $input) {\n      ...LibraryPromptFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateOwnPrompt($id: ID!, $version: Int!, $input: PromptInput!) {\n    updatePrompt(id: $id, version: $version, input: $input) {\n      ...LibraryPromptFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateOwnPrompt($id: ID!, $version: Int!, $input: PromptInput!) {\n    updatePrompt(id: $id, version: $version, input: $input) {\n      ...LibraryPromptFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetPromptHidden($id: ID!, $isHidden: Boolean!) {\n    setPromptHidden(id: $id, isHidden: $isHidden) {\n      id\n      isHidden\n    }\n  }\n"): (typeof documents)["\n  mutation SetPromptHidden($id: ID!, $isHidden: Boolean!) {\n    setPromptHidden(id: $id, isHidden: $isHidden) {\n      id\n      isHidden\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SessionScreenSessionFields on TherapySession {\n    id\n    version\n    clientId\n    modality\n    startedAt\n    endedAt\n    durationMinutes\n    isFirst\n    notes\n    promptsAsked {\n      id\n      promptId\n      text\n      reason\n      askedAt\n      answer\n    }\n    progressEntries {\n      ...ProgressEntryFields\n      sessionId\n    }\n    measures {\n      id\n      instrument\n      total\n      isComplete\n      moodWord\n      hasSafetyFlag\n      sessionId\n    }\n    promptSuggestions {\n      situation\n      reason\n      prompt {\n        id\n        text\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment SessionScreenSessionFields on TherapySession {\n    id\n    version\n    clientId\n    modality\n    startedAt\n    endedAt\n    durationMinutes\n    isFirst\n    notes\n    promptsAsked {\n      id\n      promptId\n      text\n      reason\n      askedAt\n      answer\n    }\n    progressEntries {\n      ...ProgressEntryFields\n      sessionId\n    }\n    measures {\n      id\n      instrument\n      total\n      isComplete\n      moodWord\n      hasSafetyFlag\n      sessionId\n    }\n    promptSuggestions {\n      situation\n      reason\n      prompt {\n        id\n        text\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SessionScreen($clientId: ID!) {\n    client(id: $clientId) {\n      id\n      preferredName\n      pronouns\n      status\n      goals {\n        id\n        clientWords\n        status\n        targetDate\n        milestones {\n          ...MilestoneFields\n        }\n      }\n      openSession {\n        ...SessionScreenSessionFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query SessionScreen($clientId: ID!) {\n    client(id: $clientId) {\n      id\n      preferredName\n      pronouns\n      status\n      goals {\n        id\n        clientWords\n        status\n        targetDate\n        milestones {\n          ...MilestoneFields\n        }\n      }\n      openSession {\n        ...SessionScreenSessionFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartSessionFromScreen($input: StartSessionInput!, $idempotencyKey: ID) {\n    startSession(input: $input, idempotencyKey: $idempotencyKey) {\n      ...SessionScreenSessionFields\n    }\n  }\n"): (typeof documents)["\n  mutation StartSessionFromScreen($input: StartSessionInput!, $idempotencyKey: ID) {\n    startSession(input: $input, idempotencyKey: $idempotencyKey) {\n      ...SessionScreenSessionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SessionTickMilestone($id: ID!, $sessionId: ID, $idempotencyKey: ID) {\n    tickMilestone(id: $id, sessionId: $sessionId, idempotencyKey: $idempotencyKey) {\n      ...MilestoneFields\n    }\n  }\n"): (typeof documents)["\n  mutation SessionTickMilestone($id: ID!, $sessionId: ID, $idempotencyKey: ID) {\n    tickMilestone(id: $id, sessionId: $sessionId, idempotencyKey: $idempotencyKey) {\n      ...MilestoneFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SessionUntickMilestone($id: ID!, $sessionId: ID, $idempotencyKey: ID) {\n    untickMilestone(id: $id, sessionId: $sessionId, idempotencyKey: $idempotencyKey) {\n      ...MilestoneFields\n    }\n  }\n"): (typeof documents)["\n  mutation SessionUntickMilestone($id: ID!, $sessionId: ID, $idempotencyKey: ID) {\n    untickMilestone(id: $id, sessionId: $sessionId, idempotencyKey: $idempotencyKey) {\n      ...MilestoneFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SessionLogProgress(\n    $clientId: ID!\n    $input: ProgressEntryInput!\n    $sessionId: ID\n    $idempotencyKey: ID\n  ) {\n    logProgressEntry(\n      clientId: $clientId\n      input: $input\n      sessionId: $sessionId\n      idempotencyKey: $idempotencyKey\n    ) {\n      ...ProgressEntryFields\n      sessionId\n    }\n  }\n"): (typeof documents)["\n  mutation SessionLogProgress(\n    $clientId: ID!\n    $input: ProgressEntryInput!\n    $sessionId: ID\n    $idempotencyKey: ID\n  ) {\n    logProgressEntry(\n      clientId: $clientId\n      input: $input\n      sessionId: $sessionId\n      idempotencyKey: $idempotencyKey\n    ) {\n      ...ProgressEntryFields\n      sessionId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SessionRecordMeasure($input: RecordMeasureInput!, $idempotencyKey: ID) {\n    recordMeasure(input: $input, idempotencyKey: $idempotencyKey) {\n      id\n      instrument\n      total\n      isComplete\n      moodWord\n      hasSafetyFlag\n      sessionId\n    }\n  }\n"): (typeof documents)["\n  mutation SessionRecordMeasure($input: RecordMeasureInput!, $idempotencyKey: ID) {\n    recordMeasure(input: $input, idempotencyKey: $idempotencyKey) {\n      id\n      instrument\n      total\n      isComplete\n      moodWord\n      hasSafetyFlag\n      sessionId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SessionMarkPromptAsked(\n    $sessionId: ID!\n    $promptId: ID!\n    $reason: String\n    $idempotencyKey: ID\n  ) {\n    markPromptAsked(\n      sessionId: $sessionId\n      promptId: $promptId\n      reason: $reason\n      idempotencyKey: $idempotencyKey\n    ) {\n      id\n      promptId\n      text\n      reason\n      askedAt\n      answer\n    }\n  }\n"): (typeof documents)["\n  mutation SessionMarkPromptAsked(\n    $sessionId: ID!\n    $promptId: ID!\n    $reason: String\n    $idempotencyKey: ID\n  ) {\n    markPromptAsked(\n      sessionId: $sessionId\n      promptId: $promptId\n      reason: $reason\n      idempotencyKey: $idempotencyKey\n    ) {\n      id\n      promptId\n      text\n      reason\n      askedAt\n      answer\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SessionAnswerPrompt(\n    $sessionId: ID!\n    $promptId: ID!\n    $answer: String!\n    $reason: String\n    $idempotencyKey: ID\n  ) {\n    recordPromptAnswer(\n      sessionId: $sessionId\n      promptId: $promptId\n      answer: $answer\n      reason: $reason\n      idempotencyKey: $idempotencyKey\n    ) {\n      id\n      promptId\n      text\n      reason\n      askedAt\n      answer\n    }\n  }\n"): (typeof documents)["\n  mutation SessionAnswerPrompt(\n    $sessionId: ID!\n    $promptId: ID!\n    $answer: String!\n    $reason: String\n    $idempotencyKey: ID\n  ) {\n    recordPromptAnswer(\n      sessionId: $sessionId\n      promptId: $promptId\n      answer: $answer\n      reason: $reason\n      idempotencyKey: $idempotencyKey\n    ) {\n      id\n      promptId\n      text\n      reason\n      askedAt\n      answer\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SessionSaveNotes($id: ID!, $notes: String!, $idempotencyKey: ID) {\n    saveSessionNotes(id: $id, notes: $notes, idempotencyKey: $idempotencyKey) {\n      id\n      version\n      notes\n    }\n  }\n"): (typeof documents)["\n  mutation SessionSaveNotes($id: ID!, $notes: String!, $idempotencyKey: ID) {\n    saveSessionNotes(id: $id, notes: $notes, idempotencyKey: $idempotencyKey) {\n      id\n      version\n      notes\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SessionEnd($id: ID!, $endedAt: DateTime, $idempotencyKey: ID) {\n    endSession(id: $id, endedAt: $endedAt, idempotencyKey: $idempotencyKey) {\n      id\n      version\n      endedAt\n      durationMinutes\n    }\n  }\n"): (typeof documents)["\n  mutation SessionEnd($id: ID!, $endedAt: DateTime, $idempotencyKey: ID) {\n    endSession(id: $id, endedAt: $endedAt, idempotencyKey: $idempotencyKey) {\n      id\n      version\n      endedAt\n      durationMinutes\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ClientSessions($clientId: ID!) {\n    client(id: $clientId) {\n      id\n      sessions {\n        id\n        startedAt\n        endedAt\n        durationMinutes\n        modality\n        note {\n          id\n          status\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ClientSessions($clientId: ID!) {\n    client(id: $clientId) {\n      id\n      sessions {\n        id\n        startedAt\n        endedAt\n        durationMinutes\n        modality\n        note {\n          id\n          status\n        }\n      }\n    }\n  }\n"];
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