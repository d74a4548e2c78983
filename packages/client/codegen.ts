import type { CodegenConfig } from "@graphql-codegen/cli";

/**
 * Typed documents for every operation in src/operations, generated from the
 * schema the api emits. Enums map onto @ascent/domain's enums so that labels,
 * rules and GraphQL results share one type.
 */
const config: CodegenConfig = {
  // Emitted by `pnpm --filter @ascent/api emit-schema`; turbo runs that first.
  schema: "../schema/schema.graphql",
  documents: ["src/operations/**/*.ts"],
  ignoreNoDocuments: false,
  generates: {
    "src/generated/": {
      preset: "client",
      presetConfig: { fragmentMasking: false },
      config: {
        useTypeImports: true,
        scalars: { DateTime: "string" },
        enumValues: {
          OrganisationKind: "@ascent/domain#OrganisationKind",
          NhsRegion: "@ascent/domain#NhsRegion",
          Role: "@ascent/domain#Role",
          ProgrammeStatus: "@ascent/domain#ProgrammeStatus",
          DeliveryMode: "@ascent/domain#DeliveryMode",
          ModuleKind: "@ascent/domain#ModuleKind",
          AllocationPolicy: "@ascent/domain#AllocationPolicy",
          CohortStatus: "@ascent/domain#CohortStatus",
          AfcBand: "@ascent/domain#AfcBand",
          MedicalGrade: "@ascent/domain#MedicalGrade",
          StaffGroup: "@ascent/domain#StaffGroup",
          EthnicityCriterion: "@ascent/domain#EthnicityCriterion",
          EligibilityRequirement: "@ascent/domain#EligibilityRequirement",
          EligibilityRuleKind: "@ascent/domain#EligibilityRuleKind",
          WorkforceCategory: "@ascent/domain#WorkforceCategory",
          WresTargetGroup: "@ascent/domain#WresTargetGroup",
          ApplicationStatus: "@ascent/domain#ApplicationStatus",
          EndorsementStatus: "@ascent/domain#EndorsementStatus",
          ApplicationActor: "@ascent/domain#ApplicationActor",
          TransitionReason: "@ascent/domain#TransitionReason",
          ParticipantStatus: "@ascent/domain#ParticipantStatus",
          ApplicationQuestionKind: "@ascent/domain#ApplicationQuestionKind",
        },
      },
    },
  },
};

export default config;
