import { graphql } from "../generated";

/** Who a programme or track is for, as data (see describeEligibility in @ascent/domain for the words). */
export const eligibilityRulesFieldsFragment = graphql(`
  fragment EligibilityRulesFields on EligibilityRules {
    bands
    medicalGrades
    staffGroups
    ethnicity
    memberOrganisationsOnly
    requirements
  }
`);

/** One step of a curriculum. */
export const moduleTemplateFieldsFragment = graphql(`
  fragment ModuleTemplateFields on ModuleTemplate {
    id
    title
    kind
    lengthDays
    position
    deliveryMode
    description
  }
`);

/** What a row of the programmes table shows. */
export const programmeSummaryFragment = graphql(`
  fragment ProgrammeSummary on Programme {
    id
    title
    summary
    status
    duration
    deliveryModes
    publishedAt
    updatedAt
    academy {
      id
      name
    }
  }
`);

export const trackDetailsFragment = graphql(`
  fragment TrackDetails on Track {
    id
    name
    description
    position
    eligibility {
      ...EligibilityRulesFields
    }
    eligibilitySummary
    modules {
      ...ModuleTemplateFields
    }
  }
`);

/** Everything the programme editor needs. */
export const programmeDetailsFragment = graphql(`
  fragment ProgrammeDetails on Programme {
    id
    title
    summary
    description
    status
    duration
    deliveryModes
    aims
    learningOutcomes
    benefits
    commitments
    targetRoles
    publishedAt
    updatedAt
    academy {
      id
      name
    }
    eligibility {
      ...EligibilityRulesFields
    }
    eligibilitySummary
    modules {
      ...ModuleTemplateFields
    }
    # Spelled out rather than spread from TrackDetails: nested fragments count
    # towards the api's depth limit (10) in mutation payloads.
    tracks {
      id
      name
      description
      position
      eligibility {
        bands
        medicalGrades
        staffGroups
        ethnicity
        memberOrganisationsOnly
        requirements
      }
      eligibilitySummary
      modules {
        id
        title
        kind
        lengthDays
        position
        deliveryMode
        description
      }
    }
  }
`);

export const programmesQuery = graphql(`
  query Programmes($first: Int, $after: String, $last: Int, $before: String, $filter: ProgrammeFilter) {
    programmes(first: $first, after: $after, last: $last, before: $before, filter: $filter) {
      totalCount
      pageInfo {
        hasNextPage
        hasPreviousPage
        startCursor
        endCursor
      }
      edges {
        cursor
        node {
          ...ProgrammeSummary
        }
      }
    }
  }
`);

export const programmeQuery = graphql(`
  query Programme($id: ID!) {
    programme(id: $id) {
      ...ProgrammeDetails
      cohorts {
        id
        name
        status
        startsOn
        endsOn
        track {
          id
          name
        }
      }
    }
  }
`);

/** A short list for pickers such as the cohort form's "programme", with each programme's tracks. */
export const programmeOptionsQuery = graphql(`
  query ProgrammeOptions($search: String, $first: Int!) {
    programmes(first: $first, filter: { search: $search }) {
      edges {
        node {
          id
          title
          status
          tracks {
            id
            name
          }
        }
      }
    }
  }
`);

/** Academies, the organisations that own programmes, for the programme form's picker. */
export const academyOptionsQuery = graphql(`
  query AcademyOptions($search: String, $first: Int!) {
    organisations(first: $first, filter: { search: $search, kinds: [ACADEMY] }, orderBy: { field: NAME, direction: ASC }) {
      edges {
        node {
          id
          name
        }
      }
    }
  }
`);

export const createProgrammeMutation = graphql(`
  mutation CreateProgramme($input: CreateProgrammeInput!) {
    createProgramme(input: $input) {
      programme {
        ...ProgrammeDetails
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const updateProgrammeMutation = graphql(`
  mutation UpdateProgramme($input: UpdateProgrammeInput!) {
    updateProgramme(input: $input) {
      programme {
        ...ProgrammeDetails
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const publishProgrammeMutation = graphql(`
  mutation PublishProgramme($input: ProgrammeIdInput!) {
    publishProgramme(input: $input) {
      programme {
        ...ProgrammeDetails
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const archiveProgrammeMutation = graphql(`
  mutation ArchiveProgramme($input: ProgrammeIdInput!) {
    archiveProgramme(input: $input) {
      programme {
        ...ProgrammeDetails
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const redraftProgrammeMutation = graphql(`
  mutation RedraftProgramme($input: ProgrammeIdInput!) {
    redraftProgramme(input: $input) {
      programme {
        ...ProgrammeDetails
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const createTrackMutation = graphql(`
  mutation CreateTrack($input: CreateTrackInput!) {
    createTrack(input: $input) {
      track {
        ...TrackDetails
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const updateTrackMutation = graphql(`
  mutation UpdateTrack($input: UpdateTrackInput!) {
    updateTrack(input: $input) {
      track {
        ...TrackDetails
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);
