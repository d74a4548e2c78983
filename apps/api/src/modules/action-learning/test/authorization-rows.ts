import { defineAuthorizationRows, fields } from "../../../../test/authorization-table";

/** The action-learning feature's rows of the authorization table (letters and columns: apps/api/test/authorization-table.ts). */
export const authorizationRows = defineAuthorizationRows({
  operations: {
    // Action Learning Sets: the academy running the programme manages them; the cohort's facilitators only read them (fields
    // below); another academy's set, cohort or participant is absent (N)
    "Mutation.setActionLearningSetSize": { expect: "UFFFFFAA UFFFFFNA" },
    "Mutation.createLearningSet": { expect: "UFFFFFAA UFFFFFNA" },
    "Mutation.renameLearningSet": { expect: "UFFFFFAA UFFFFFNA", subject: "LearningSet" },
    "Mutation.setLearningSetFacilitator": { expect: "UFFFFFAA UFFFFFNA", subject: "LearningSet" },
    "Mutation.deleteLearningSet": { expect: "UFFFFFAA UFFFFFNA", subject: "LearningSet", fresh: "LearningSet" },
    "Mutation.assignLearningSetMember": { expect: "UFFFFFAA UFFFFFNA" },
    "Mutation.unassignLearningSetMember": { expect: "UFFFFFAA UFFFFFNA" },
    "Mutation.formLearningSets": { expect: "UFFFFFAA UFFFFFNA" },
    "Mutation.scheduleLearningSetMeetings": { expect: "UFFFFFAA UFFFFFNA" },
  },
  fields: {
    ...fields("Programme", "HHHHHHAA HHHHHHHA", "actionLearningSetSize"),
    ...fields("Session", "HHHHHAAA HHHHHHHA", "learningSet"),
    ...fields("Cohort", "HHHHHAAA HHHHHHHA", "learningSets participantsWithoutLearningSet"),
    ...fields("LearningSet", "HHHHHAAA HHHHHHHA", "id name createdAt updatedAt facilitator members memberCount maxMembers meetings"),
    ...fields("LearningSet", "HHHHHFAA HHHHHHHA", "cohort"),
  },
  subjects: {
    // An Action Learning Set in each side's cohort (own: one the facilitator's provider facilitates); deleteLearningSet deletes copies
    LearningSet: {
      arguments: ["learningSetId"],
      find: async ({ idOf, subjects }) => {
        const set = (cohortId: string) => idOf(`INSERT INTO learning_set (cohort_id, name) VALUES ($1, 'Matrix set') RETURNING id`, [cohortId]);
        return { own: await set(subjects.Cohort.own), other: await set(subjects.Cohort.other) };
      },
      copy: { table: "learning_set", changes: (n) => ({ name: `Matrix copy ${n}` }) },
    },
  },
});
