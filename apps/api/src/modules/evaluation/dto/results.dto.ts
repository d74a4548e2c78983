import { ChangeVerdict } from "@ascent/metrics";
import { KirkpatrickLevel, SelfRatingMeasure } from "@ascent/domain";
import { Field, Float, ID, Int, ObjectType } from "type-graphql";
import { EvaluationQuestion, Questionnaire } from "../questionnaire.entity";

@ObjectType({ description: "A questionnaire sent to one cohort: when answering opens and closes, and how many have answered." })
export class EvaluationRoundStatus {
  @Field(() => ID)
  cohortId: string;

  @Field()
  cohortName: string;

  @Field({ description: "When the questionnaire goes out (or went out) by itself, from the cohort's sessions." })
  opensAt: Date;

  @Field()
  closesAt: Date;

  @Field(() => Date, { nullable: true, description: "When it was sent; null while not yet." })
  sentAt: Date | null;

  @Field({ description: "Answering has closed: results can be shown." })
  closed: boolean;

  @Field(() => Int, { description: "Participants invited (the academy knows its roster; no answer can be read from this)." })
  invited: number;

  @Field(() => Int, { description: "Participants who have answered." })
  responded: number;
}

@ObjectType({ description: "A question's answers, after disclosure control." })
export class EvaluationQuestionResult {
  @Field(() => EvaluationQuestion)
  question: EvaluationQuestion;

  @Field(() => Int, { nullable: true, description: "How many answered it: null for 1-7, others rounded to 5." })
  answered: number | null;

  @Field({ description: "Too few answers to show any figure." })
  suppressed: boolean;

  @Field(() => [Int], { nullable: "items", description: "Likert: per option 1-5, null for 1-7, others rounded to 5. Empty for free text." })
  counts: Array<number | null>;

  @Field(() => [Float], { nullable: "items", description: "Likert: per option, its share of the rounded counts." })
  shares: Array<number | null>;

  @Field(() => [String], { nullable: true, description: "Free text, in alphabetical order (not the order received), for the owning academy's staff and administrators only; null otherwise or while suppressed." })
  comments: string[] | null;
}

@ObjectType()
export class QuestionnaireResults {
  @Field(() => Questionnaire)
  questionnaire: Questionnaire;

  @Field()
  pointLabel: string;

  @Field(() => [EvaluationRoundStatus], { description: "Per cohort (one for a cohort's results)." })
  rounds: EvaluationRoundStatus[];

  @Field(() => Int, { nullable: true, description: "Respondents in the figures below: null for 1-7, others rounded to 5." })
  respondents: number | null;

  @Field({ description: "Why some or all figures are not shown, in plain words; empty when everything is." })
  note: string;

  @Field(() => [EvaluationQuestionResult])
  questions: EvaluationQuestionResult[];
}

@ObjectType({ description: "A self-rating before and after the programme on the same people, with the paired difference and its 95% t-interval." })
export class SelfRatingChange {
  @Field(() => SelfRatingMeasure)
  measure: SelfRatingMeasure;

  @Field(() => KirkpatrickLevel)
  level: KirkpatrickLevel;

  @Field(() => Int, { nullable: true, description: "People who rated themselves both times: null for 1-7, others rounded to 5." })
  pairs: number | null;

  @Field()
  suppressed: boolean;

  @Field(() => Float, { nullable: true })
  meanBefore: number | null;

  @Field(() => Float, { nullable: true })
  meanAfter: number | null;

  @Field(() => Float, { nullable: true, description: "Mean of (after - before), on the 1-5 scale." })
  meanDifference: number | null;

  @Field(() => Float, { nullable: true })
  lower: number | null;

  @Field(() => Float, { nullable: true })
  upper: number | null;

  @Field(() => ChangeVerdict, { nullable: true })
  verdict: ChangeVerdict | null;

  @Field({ description: "What is included, in plain words." })
  note: string;
}

@ObjectType({ description: "A programme's (or one cohort's) evaluation results." })
export class EvaluationResults {
  @Field(() => [QuestionnaireResults])
  questionnaires: QuestionnaireResults[];

  @Field(() => [SelfRatingChange])
  selfRatings: SelfRatingChange[];
}
