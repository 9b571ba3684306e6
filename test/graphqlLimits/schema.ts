/**
 * A small schema shaped the way Payload builds ours: list queries and join fields return
 * `{ docs, hasNextPage, totalDocs }` and take `limit`; Payload keeps each field's config in the
 * GraphQL field's `extensions.field` (a join's `defaultLimit`, a list's `maxRows`).
 */
import {
  GraphQLBoolean,
  GraphQLInt,
  GraphQLList,
  GraphQLNonNull,
  GraphQLObjectType,
  GraphQLSchema,
  GraphQLString,
  type GraphQLFieldConfig,
  type GraphQLOutputType,
} from 'graphql'

const paginated = (name: string, of: () => GraphQLOutputType) =>
  new GraphQLObjectType({
    name,
    fields: () => ({
      docs: { type: new GraphQLNonNull(new GraphQLList(new GraphQLNonNull(of()))) },
      hasNextPage: { type: GraphQLBoolean },
      totalDocs: { type: GraphQLInt },
    }),
  })

const listArgs = {
  limit: { type: GraphQLInt },
  page: { type: GraphQLInt },
  pagination: { type: GraphQLBoolean },
  sort: { type: GraphQLString },
}

const join = (
  name: string,
  of: () => GraphQLOutputType,
  defaultLimit?: number,
): GraphQLFieldConfig<unknown, unknown> => ({
  type: paginated(name, of),
  args: { limit: listArgs.limit, page: listArgs.page, sort: listArgs.sort },
  extensions: { field: { type: 'join', defaultLimit } },
})

const Author: GraphQLObjectType = new GraphQLObjectType({
  name: 'Author',
  fields: () => ({
    name: { type: GraphQLString },
    slug: { type: GraphQLString },
    posts: join('Author_Posts', () => Post, 10),
    artworks: join('Author_Artworks', () => Post, 5),
    featuredPost: { type: Post, extensions: { field: { type: 'relationship' } } },
  }),
})

const Post: GraphQLObjectType = new GraphQLObjectType({
  name: 'Post',
  fields: () => ({
    title: { type: GraphQLString },
    slug: { type: GraphQLString },
    authors: {
      type: new GraphQLList(new GraphQLNonNull(Author)),
      extensions: { field: { type: 'relationship', hasMany: true } },
    },
    relatedPosts: {
      type: new GraphQLList(new GraphQLNonNull(Post)),
      extensions: { field: { type: 'relationship', hasMany: true, maxRows: 6 } },
    },
    tags: { type: new GraphQLList(GraphQLString) },
    primaryAuthor: { type: Author, extensions: { field: { type: 'relationship' } } },
  }),
})

export const schema = new GraphQLSchema({
  query: new GraphQLObjectType({
    name: 'Query',
    fields: {
      Authors: { type: paginated('Authors', () => Author), args: listArgs },
      Posts: { type: paginated('Posts', () => Post), args: listArgs },
      Author: { type: Author, args: { slug: { type: GraphQLString } } },
    },
  }),
})
