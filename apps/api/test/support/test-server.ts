import "reflect-metadata";
import { loginMutation } from "@ascent/client";
import { Role } from "@ascent/domain";
import { DataSource } from "typeorm";
import { AscentApp, createApp } from "../../src/app";
import { AppConfig, loadConfig } from "../../src/config";
import { appJobs, appLoadersFor, createAppDataSource } from "../../src/composition";
import { jobContextFactory, JobRuntime, startJobRuntime } from "../../src/jobs";
import { createLogger, type Logger } from "../../src/logger";
import { hashPassword } from "../../src/modules/auth/password";
import { Organisation } from "../../src/modules/organisation/organisation.entity";
import { User } from "../../src/modules/user/user.entity";
import { GraphQLClient } from "./graphql-client";
import { createTestDatabase } from "./test-database";

export const TEST_PASSWORD = "correct horse battery staple";

export interface TestServer {
  url: string;
  baseUrl: string;
  dataSource: DataSource;
  anonymous(): GraphQLClient;
  /**
   * Creates a user with the role (unless it exists) and returns a client
   * signed in as them; staff roles can name their academy or provider.
   */
  signedInAs(role: Role, email?: string, organisationName?: string): Promise<GraphQLClient>;
  createUser(role: Role, email: string, organisationName?: string): Promise<User>;
  close(): Promise<void>;
}

/** The real api over HTTP on a free port, with a database of this test file's own. */
export async function createTestServer(settings: Partial<AppConfig> = {}, options: { jobs?: boolean; log?: Logger } = {}): Promise<TestServer> {
  const database = await createTestDatabase();
  const config = { ...loadConfig({ NODE_ENV: "test" }), port: 0, host: "127.0.0.1", ...settings };
  const dataSource = createAppDataSource(database.url, { poolSize: 5 });
  await dataSource.initialize();
  // A test that checks what is logged passes its own logger.
  const log = options.log ?? createLogger(process.env.TEST_LOG_LEVEL ?? "silent");
  // Job workers as every api process runs them (pass { jobs: true }); settings.smtpUrl points mail at a test mailbox.
  const jobs: JobRuntime | undefined = options.jobs
    ? await startJobRuntime({
        databaseUrl: database.url,
        definitions: appJobs(config),
        contextFor: jobContextFactory({ dataSource, log, config, loadersFor: appLoadersFor }),
        log,
        pollingIntervalSeconds: 0.5,
      })
    : undefined;
  const app: AscentApp = await createApp(config, dataSource, log);
  await new Promise<void>((resolve) => app.httpServer.listen(0, "127.0.0.1", resolve));
  const { port } = app.httpServer.address() as { port: number };
  const baseUrl = `http://127.0.0.1:${port}`;
  const url = `${baseUrl}/graphql`;

  const createUser = async (role: Role, email: string, organisationName?: string) => {
    const users = dataSource.getRepository(User);
    const existing = await users.findOneBy({ email });
    if (existing) return existing;
    const organisation = organisationName ? await dataSource.getRepository(Organisation).findOneByOrFail({ name: organisationName }) : null;
    return users.save(
      users.create({ email, name: `${role.toLowerCase()} ${email.split("@")[0]}`, role, organisationId: organisation?.id ?? null, passwordHash: await hashPassword(TEST_PASSWORD), deactivatedAt: null }),
    );
  };

  return {
    url,
    baseUrl,
    dataSource,
    anonymous: () => new GraphQLClient(url),
    createUser,
    async signedInAs(role, email = `${role.toLowerCase()}@test.ascent.local`, organisationName) {
      await createUser(role, email, organisationName);
      const client = new GraphQLClient(url);
      const login = await client.data(loginMutation, { input: { email, password: TEST_PASSWORD } });
      if (login.login.userErrors.length) throw new Error(`could not sign in as ${email}: ${JSON.stringify(login.login.userErrors)}`);
      return client;
    },
    async close() {
      await app.stop({ idleMs: 0 });
      await jobs?.stop(5_000);
      await dataSource.destroy();
      await database.drop();
    },
  };
}
