import { Anchor, Stack, Text, Title } from "@mantine/core";
import { Link } from "react-router";
import { usePageTitle } from "../lib/usePageTitle";

export function NotFoundPage() {
  usePageTitle("Page not found");
  return (
    <Stack gap="sm" maw={640}>
      <Title order={1}>Page not found</Title>
      <Text>If you typed the web address, check it is correct. If you followed a link, it may be out of date.</Text>
      <Text>
        <Anchor component={Link} to="/">
          Go to the start page
        </Anchor>
      </Text>
    </Stack>
  );
}
