import { myAccountQuery } from "@ascent/client";
import { roleLabels } from "@ascent/domain";
import { Stack, Table, Title } from "@mantine/core";
import { useQuery } from "urql";
import { Absent } from "../../components/Absent";
import { ErrorState } from "../../components/ErrorState";
import { LoadingState } from "../../components/LoadingState";
import { PageHeader } from "../../components/PageHeader";
import { usePageTitle } from "../../lib/usePageTitle";
import { ChangePasswordForm } from "./ChangePasswordForm";

/** The signed-in user's own details, and where they change their password. Open to every role. */
export function AccountPage() {
  usePageTitle("Your account");
  const [{ data, error }, reexecute] = useQuery({ query: myAccountQuery, requestPolicy: "cache-and-network" });
  const user = data?.viewer?.user;

  return (
    <>
      <PageHeader title="Your account" />
      <Stack gap="xl" maw={560}>
        {error && !data ? (
          <ErrorState error={error} onRetry={() => reexecute({ requestPolicy: "network-only" })} />
        ) : !user ? (
          <LoadingState label="Loading your account" lines={4} />
        ) : (
          <Table variant="vertical" layout="fixed" withTableBorder aria-label="Your details">
            <Table.Tbody>
              <Table.Tr>
                <Table.Th w={160}>Name</Table.Th>
                <Table.Td>{user.name}</Table.Td>
              </Table.Tr>
              <Table.Tr>
                <Table.Th>Email</Table.Th>
                <Table.Td>{user.email}</Table.Td>
              </Table.Tr>
              <Table.Tr>
                <Table.Th>Role</Table.Th>
                <Table.Td>{roleLabels[user.role]}</Table.Td>
              </Table.Tr>
              <Table.Tr>
                <Table.Th>Organisation</Table.Th>
                <Table.Td>{user.organisation?.name ?? <Absent />}</Table.Td>
              </Table.Tr>
            </Table.Tbody>
          </Table>
        )}
        <section aria-labelledby="change-password-heading">
          <Title order={2} size="h3" id="change-password-heading" mb="sm">
            Change your password
          </Title>
          <ChangePasswordForm />
        </section>
      </Stack>
    </>
  );
}
