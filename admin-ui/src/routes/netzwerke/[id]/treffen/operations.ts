import { graphql } from "#graphql";

export const MeetingFormContext = graphql(`
  query MeetingFormContext($id: ID!, $today: String!) {
    network(id: $id) {
      id
      name
      responsibleDistrictKey
      foundedOn
      endedOn
      workingGroups {
        id
        name
        status
      }
      memberships(activeOn: $today) {
        id
        organisation {
          id
          name
        }
      }
    }
  }
`);

export const CreateNetworkMeeting = graphql(`
  mutation CreateNetworkMeeting($input: CreateMeetingInput!) {
    createMeeting(input: $input) {
      id
      date
      kind
      title
      status
    }
  }
`);

// There is no query for a single meeting: it is read through its network, which the page needs anyway.
export const NetworkMeeting = graphql(`
  query NetworkMeeting($id: ID!, $today: String!) {
    network(id: $id) {
      id
      name
      responsibleDistrictKey
      memberships(activeOn: $today) {
        id
        organisation {
          id
          name
        }
      }
      workingGroups {
        id
        name
      }
      meetings {
        ...MeetingFields
      }
    }
  }
`);

export const MeetingFields = graphql(`
  fragment MeetingFields on Meeting {
    id
    version
    kind
    date
    startTime
    place
    title
    status
    participantCount
    minutes
    updatedAt
    workingGroup {
      id
      name
    }
    agenda {
      position
      topic
      presentingOrganisation {
        id
        name
      }
    }
    attendingOrganisations {
      id
      name
    }
  }
`);

export const UpdateNetworkMeeting = graphql(`
  mutation UpdateNetworkMeeting($id: ID!, $version: Int!, $input: UpdateMeetingInput!) {
    updateMeeting(id: $id, version: $version, input: $input) {
      ...MeetingFields
    }
  }
`);
