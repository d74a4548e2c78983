# The console as static files behind nginx, which also proxies /graphql to the api.
#   docker build -f docker/console.Dockerfile -t ascent-console .
FROM node:20-bookworm-slim AS build
WORKDIR /repo
RUN npm install -g pnpm@10.34.8
COPY . .
RUN pnpm install --frozen-lockfile && pnpm --filter @ascent/console build
# Gzipped copies beside the text files, for nginx's gzip_static (docker/nginx.conf): compressed once, at -9.
RUN find apps/console/dist -type f \( -name '*.js' -o -name '*.css' -o -name '*.svg' -o -name '*.html' \) -exec gzip -9 -k {} +

FROM nginx:1.27-alpine
COPY docker/nginx.conf /etc/nginx/conf.d/default.conf
COPY --from=build /repo/apps/console/dist /usr/share/nginx/html
EXPOSE 80
