import { graphql } from "../generated";

export const questionTemplateFieldsFragment = graphql(`
  fragment QuestionTemplateFields on EvaluationQuestionTemplate {
    id
    kind
    prompt
    lowLabel
    highLabel
    level
    measure
  }
`);

export const evaluationQuestionFieldsFragment = graphql(`
  fragment EvaluationQuestionFields on EvaluationQuestion {
    id
    position
    required
    kind
    prompt
    lowLabel
    highLabel
    level
    measure
  }
`);

export const questionnaireFieldsFragment = graphql(`
  fragment QuestionnaireFields on Questionnaire {
    id
    point
    followUpMonths
    pointLabel
    title
    introduction
    questions {
      ...EvaluationQuestionFields
    }
  }
`);

/** Programmes with whether the viewer runs their evaluations. */
export const evaluationProgrammesQuery = graphql(`
  query EvaluationProgrammes($first: Int, $after: String) {
    programmes(first: $first, after: $after) {
      totalCount
      edges {
        node {
          id
          title
          status
          academy {
            id
            name
          }
          managesEvaluations
        }
      }
    }
  }
`);

/** The academy's question bank (for programme managers their own academy's). */
export const questionTemplatesQuery = graphql(`
  query QuestionTemplates($first: Int, $after: String, $academyId: ID) {
    questionTemplates(first: $first, after: $after, academyId: $academyId) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...QuestionTemplateFields
        }
      }
    }
  }
`);

export const createQuestionTemplateMutation = graphql(`
  mutation CreateQuestionTemplate($input: CreateQuestionTemplateInput!) {
    createQuestionTemplate(input: $input) {
      template {
        ...QuestionTemplateFields
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

/** A programme with its questionnaires and cohorts: the evaluation builder's page. */
export const programmeEvaluationQuery = graphql(`
  query ProgrammeEvaluation($id: ID!) {
    programme(id: $id) {
      id
      title
      academy {
        id
        name
      }
      managesEvaluations
      questionnaires {
        ...QuestionnaireFields
      }
      cohorts {
        id
        name
        status
        startsOn
        endsOn
      }
    }
  }
`);

export const createQuestionnaireMutation = graphql(`
  mutation CreateQuestionnaire($input: CreateQuestionnaireInput!) {
    createQuestionnaire(input: $input) {
      questionnaire {
        ...QuestionnaireFields
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const sendEvaluationMutation = graphql(`
  mutation SendEvaluation($input: EvaluationRoundInput!) {
    sendEvaluation(input: $input) {
      sent
      closesAt
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const closeEvaluationMutation = graphql(`
  mutation CloseEvaluation($input: EvaluationRoundInput!) {
    closeEvaluation(input: $input) {
      closesAt
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const evaluationResultsQuery = graphql(`
  query EvaluationResults($programmeId: ID!, $cohortId: ID) {
    evaluationResults(programmeId: $programmeId, cohortId: $cohortId) {
      questionnaires {
        questionnaire {
          id
          point
          title
        }
        pointLabel
        respondents
        note
        rounds {
          cohortId
          cohortName
          opensAt
          closesAt
          sentAt
          closed
          invited
          responded
        }
        questions {
          question {
            ...EvaluationQuestionFields
          }
          answered
          suppressed
          counts
          shares
          comments
        }
      }
      selfRatings {
        measure
        level
        pairs
        suppressed
        meanBefore
        meanAfter
        meanDifference
        lower
        upper
        verdict
        note
      }
    }
  }
`);

/** The participant's questionnaire through their private link (public; no sign-in). */
export const evaluationFormQuery = graphql(`
  query EvaluationForm($token: String!) {
    evaluationForm(token: $token) {
      ...EvaluationFormFields
    }
  }
`);

export const evaluationFormFieldsFragment = graphql(`
  fragment EvaluationFormFields on EvaluationForm {
    programmeTitle
    cohortName
    pointLabel
    title
    introduction
    participantName
    closesAt
    submittedAt
    questions {
      ...EvaluationQuestionFields
    }
    answers {
      questionId
      rating
      text
    }
  }
`);

export const submitEvaluationMutation = graphql(`
  mutation SubmitEvaluation($input: SubmitEvaluationInput!) {
    submitEvaluation(input: $input) {
      form {
        ...EvaluationFormFields
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);
