import { graphql } from "#graphql";

export const NetworkList = graphql(`
  query NetworkList($first: Int!, $after: String, $filter: NetworkFilter) {
    networks(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        name
        kind
        status
        foundedOn
        region {
          key
          name
        }
      }
    }
  }
`);

export const NetworkRegionChoices = graphql(`
  query NetworkRegionChoices {
    regions {
      key
      name
      kind
      current
    }
  }
`);

// Without personal data: a coordinator's name comes with a FORBIDDEN error for most callers, which would void the
// whole page; NetworkCoordinatorContact asks for it separately, and only where it may be seen.
export const NetworkDetail = graphql(`
  query NetworkDetail($id: ID!) {
    network(id: $id) {
      id
      version
      name
      kind
      status
      responsibleDistrictKey
      foundedOn
      endedOn
      plenaryMeetingsPerYear
      description
      region {
        key
        name
      }
      responsibleOffice {
        id
        name
      }
      coordinator {
        id
        function
        organisation {
          id
          name
        }
      }
      parent {
        id
        name
      }
      children {
        id
        name
      }
      successor {
        id
        name
      }
      memberships {
        id
        role
        since
        until
        organisation {
          id
          name
        }
      }
      workingGroups {
        id
        name
        kind
        status
      }
      meetings {
        id
        date
        kind
        title
        status
      }
      priorities {
        id
        year
        kind
        title
      }
      goals {
        id
        title
        scope
        state
        year
      }
      milestones {
        id
        date
        precision
        title
        description
      }
      consultations {
        id
        kind
        title
        plannedDate
        status
      }
    }
  }
`);

export const NetworkCoordinatorContact = graphql(`
  query NetworkCoordinatorContact($id: ID!) {
    contact(id: $id) {
      id
      name
      email
      phone
    }
  }
`);

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
