import { graphql } from "#graphql";

// The list with its personal data (the page is only for those who may read it), and the current members' contact
// persons to choose from.
export const MailingList = graphql(`
  query MailingList($id: ID!, $today: String!) {
    network(id: $id) {
      id
      name
      responsibleDistrictKey
      subscriptions {
        id
        version
        name
        email
        contact {
          id
          function
          name
          email
          organisation {
            id
            name
          }
        }
      }
      memberships(activeOn: $today) {
        id
        organisation {
          id
          name
          contacts {
            id
            function
            name
            erasedAt
          }
        }
      }
    }
  }
`);

export const SubscribeToNetwork = graphql(`
  mutation SubscribeToNetwork($input: SubscribeInput!) {
    subscribe(input: $input) {
      id
    }
  }
`);

export const UnsubscribeFromNetwork = graphql(`
  mutation UnsubscribeFromNetwork($id: ID!, $version: Int!) {
    unsubscribe(id: $id, version: $version)
  }
`);
